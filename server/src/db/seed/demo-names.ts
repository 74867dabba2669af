import { computeIdCardCheckChar } from '@mofan/shared';
import type { Random } from './random';

/** Surnames weighted roughly by frequency; given-name characters common in people born 1965–2000. */
const SURNAMES = '王王王李李李张张张刘刘陈陈杨杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const MALE = '伟强磊军勇杰涛明超斌鹏华辉刚健峰建波宇浩凯俊林平东文国志成海亮飞新晨鑫旭博卫兵正宏春晓振立松';
const FEMALE = '芳娜敏静丽艳娟霞燕玲婷雪琳颖慧莉萍红洁梅琴英云倩佳欣悦蕾薇楠晶璐瑶月兰秀君荣';

export function demoName(rng: Random, gender: 'male' | 'female'): string {
  const chars = gender === 'male' ? MALE : FEMALE;
  const given = rng.chance(0.7) ? rng.pick([...chars]) + rng.pick([...chars]) : rng.pick([...chars]);
  return rng.pick([...SURNAMES]) + given;
}

/** A 身份证号 with a valid check character, for a fictional person of the demo city. */
export function demoIdCard(rng: Random, birth: string, gender: 'male' | 'female', serial: number): string {
  const region = rng.pick(['360102', '360103', '360104', '360111', '360121', '360124']);
  const seq = String(serial % 100).padStart(2, '0');
  let genderDigit = rng.int(0, 9);
  if ((genderDigit % 2 === 1) !== (gender === 'male')) genderDigit = (genderDigit + 1) % 10;
  const first17 = `${region}${birth.replaceAll('-', '')}${seq}${genderDigit}`;
  return first17 + computeIdCardCheckChar(first17);
}
