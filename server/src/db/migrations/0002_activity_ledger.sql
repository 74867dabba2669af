CREATE TABLE "activity_participants" (
	"record_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"present" boolean DEFAULT true NOT NULL,
	"absence_reason" text,
	CONSTRAINT "activity_participants_record_id_person_id_pk" PRIMARY KEY("record_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "activity_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_node_id" uuid NOT NULL,
	"person_id" uuid,
	"kinds" text[] NOT NULL,
	"occurred_on" date NOT NULL,
	"ends_on" date,
	"topic" text,
	"host_person_id" uuid,
	"lecturer_person_id" uuid,
	"lecturer_name" text,
	"notes" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"entered_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_records_kinds_ck" CHECK (cardinality("activity_records"."kinds") between 1 and 10),
	CONSTRAINT "activity_records_dates_ck" CHECK ("activity_records"."ends_on" is null or "activity_records"."ends_on" >= "activity_records"."occurred_on")
);
--> statement-breakpoint
ALTER TABLE "activity_participants" ADD CONSTRAINT "activity_participants_record_id_activity_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."activity_records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_participants" ADD CONSTRAINT "activity_participants_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_records" ADD CONSTRAINT "activity_records_owner_node_id_org_nodes_id_fk" FOREIGN KEY ("owner_node_id") REFERENCES "public"."org_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_records" ADD CONSTRAINT "activity_records_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_records" ADD CONSTRAINT "activity_records_host_person_id_people_id_fk" FOREIGN KEY ("host_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_records" ADD CONSTRAINT "activity_records_lecturer_person_id_people_id_fk" FOREIGN KEY ("lecturer_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_records" ADD CONSTRAINT "activity_records_entered_by_user_id_users_id_fk" FOREIGN KEY ("entered_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activity_participants_person_idx" ON "activity_participants" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "activity_records_owner_date_idx" ON "activity_records" USING btree ("owner_node_id","occurred_on");--> statement-breakpoint
CREATE INDEX "activity_records_person_date_idx" ON "activity_records" USING btree ("person_id","occurred_on");--> statement-breakpoint
CREATE INDEX "activity_records_kinds_idx" ON "activity_records" USING gin ("kinds");