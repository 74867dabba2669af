CREATE TABLE "compliance_summaries" (
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"requirement_id" text NOT NULL,
	"period_key" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"due_date" date NOT NULL,
	"met" integer NOT NULL,
	"late" integer NOT NULL,
	"exempt" integer NOT NULL,
	"short_none" integer NOT NULL,
	"short_some" integer NOT NULL,
	CONSTRAINT "compliance_summaries_unit_id_year_requirement_id_period_key_pk" PRIMARY KEY("unit_id","year","requirement_id","period_key")
);
--> statement-breakpoint
CREATE TABLE "compliance_unit_years" (
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"engine_version" text NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "compliance_unit_years_unit_id_year_pk" PRIMARY KEY("unit_id","year")
);
--> statement-breakpoint
CREATE TABLE "person_exemptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"reason" text,
	"source" text DEFAULT 'manual' NOT NULL,
	"created_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_exemptions_dates_ck" CHECK ("person_exemptions"."ends_on" >= "person_exemptions"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "custom_requirements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"node_id" uuid NOT NULL,
	"title" text NOT NULL,
	"programme_code" text NOT NULL,
	"dimension_code" text NOT NULL,
	"evidence" text[] NOT NULL,
	"target" jsonb NOT NULL,
	"rule" jsonb NOT NULL,
	"evidence_role" text,
	"note" text,
	"enabled" boolean DEFAULT true NOT NULL,
	"created_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_adoptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"publication_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"note" text,
	"adopted_by_user_id" uuid,
	"adopted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_adoptions_publication_unit_uq" UNIQUE("publication_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "programme_publications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"node_id" uuid NOT NULL,
	"programme_code" text NOT NULL,
	"note" text,
	"published_by_user_id" uuid,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "programme_publications_node_programme_uq" UNIQUE("node_id","programme_code")
);
--> statement-breakpoint
ALTER TABLE "compliance_summaries" ADD CONSTRAINT "compliance_summaries_unit_id_org_nodes_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_nodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_unit_years" ADD CONSTRAINT "compliance_unit_years_unit_id_org_nodes_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_nodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_exemptions" ADD CONSTRAINT "person_exemptions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_exemptions" ADD CONSTRAINT "person_exemptions_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "custom_requirements" ADD CONSTRAINT "custom_requirements_node_id_org_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."org_nodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "custom_requirements" ADD CONSTRAINT "custom_requirements_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_adoptions" ADD CONSTRAINT "programme_adoptions_publication_id_programme_publications_id_fk" FOREIGN KEY ("publication_id") REFERENCES "public"."programme_publications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_adoptions" ADD CONSTRAINT "programme_adoptions_unit_id_org_nodes_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_nodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_adoptions" ADD CONSTRAINT "programme_adoptions_adopted_by_user_id_users_id_fk" FOREIGN KEY ("adopted_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_publications" ADD CONSTRAINT "programme_publications_node_id_org_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."org_nodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_publications" ADD CONSTRAINT "programme_publications_published_by_user_id_users_id_fk" FOREIGN KEY ("published_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "person_exemptions_person_idx" ON "person_exemptions" USING btree ("person_id","starts_on");--> statement-breakpoint
CREATE INDEX "custom_requirements_node_idx" ON "custom_requirements" USING btree ("node_id");--> statement-breakpoint
CREATE INDEX "programme_adoptions_unit_idx" ON "programme_adoptions" USING btree ("unit_id");