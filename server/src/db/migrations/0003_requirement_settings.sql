CREATE TABLE "requirement_settings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"node_id" uuid NOT NULL,
	"requirement_id" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"rule" jsonb,
	"reason" text,
	"updated_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "requirement_settings_node_req_uq" UNIQUE("node_id","requirement_id")
);
--> statement-breakpoint
ALTER TABLE "requirement_settings" ADD CONSTRAINT "requirement_settings_node_id_org_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."org_nodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirement_settings" ADD CONSTRAINT "requirement_settings_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;