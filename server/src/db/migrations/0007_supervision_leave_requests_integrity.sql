CREATE TABLE "accountabilities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"problem_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"person_id" uuid,
	"node_id" uuid,
	"basis" text NOT NULL,
	"decided_on" date NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cleanliness_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"month" text NOT NULL,
	"drawn_at" timestamp with time zone DEFAULT now() NOT NULL,
	"drawn_by_user_id" uuid,
	"status" text DEFAULT 'drawn' NOT NULL,
	"published_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "cleanliness_checks_unit_month_uq" UNIQUE("unit_id","month")
);
--> statement-breakpoint
CREATE TABLE "cleanliness_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"node_id" uuid NOT NULL,
	"criterion" text NOT NULL,
	"title" text NOT NULL,
	"max_score" integer NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "cleanliness_items_score_ck" CHECK ("cleanliness_items"."max_score" between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "cleanliness_scores" (
	"check_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"scores" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"total" integer,
	"note" text,
	"scored_by_user_id" uuid,
	"scored_at" timestamp with time zone,
	CONSTRAINT "cleanliness_scores_check_id_department_id_pk" PRIMARY KEY("check_id","department_id")
);
--> statement-breakpoint
CREATE TABLE "inspection_inspectors" (
	"inspection_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "inspection_inspectors_inspection_id_user_id_pk" PRIMARY KEY("inspection_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "inspection_targets" (
	"inspection_id" uuid NOT NULL,
	"node_id" uuid NOT NULL,
	CONSTRAINT "inspection_targets_inspection_id_node_id_pk" PRIMARY KEY("inspection_id","node_id")
);
--> statement-breakpoint
CREATE TABLE "inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organizer_node_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"subject" text,
	"unannounced" boolean DEFAULT false NOT NULL,
	"planned_on" date NOT NULL,
	"done_on" date,
	"status" text DEFAULT 'planned' NOT NULL,
	"result" text,
	"created_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "integrity_risks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"node_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"name" text NOT NULL,
	"risk" text NOT NULL,
	"level" text NOT NULL,
	"measures" text NOT NULL,
	"reviewed_on" date,
	"review_note" text,
	"created_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "leave_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"reason" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"approver_user_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"returned_on" date,
	"exemption_id" uuid,
	"created_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "leave_requests_dates_ck" CHECK ("leave_requests"."ends_on" >= "leave_requests"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "major_decision_views" (
	"decision_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"person_id" uuid,
	"person_name" text NOT NULL,
	"principal" boolean DEFAULT false NOT NULL,
	"view" text NOT NULL,
	CONSTRAINT "major_decision_views_decision_id_seq_pk" PRIMARY KEY("decision_id","seq")
);
--> statement-breakpoint
CREATE TABLE "major_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"category" text NOT NULL,
	"matter" text NOT NULL,
	"decided_on" date NOT NULL,
	"meeting" text NOT NULL,
	"decision" text NOT NULL,
	"created_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "problems" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inspection_id" uuid,
	"node_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"person_id" uuid,
	"found_on" date NOT NULL,
	"facts" text NOT NULL,
	"tags" text[] NOT NULL,
	"severity" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "public_request_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"action" text NOT NULL,
	"actor_user_id" uuid,
	"actor_name" text NOT NULL,
	"note" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "public_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lookup_code" text NOT NULL,
	"node_id" uuid NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"requester_name" text,
	"requester_contact" text,
	"raised_on" date NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"claimed_node_id" uuid,
	"claimed_person_id" uuid,
	"solution" text,
	"solved_on" date,
	"improvement" text,
	"closed_on" date,
	"satisfaction" text,
	"feedback" text,
	"feedback_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "public_requests_lookup_uq" UNIQUE("lookup_code")
);
--> statement-breakpoint
CREATE TABLE "rectification_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rectification_id" uuid NOT NULL,
	"action" text NOT NULL,
	"actor_user_id" uuid,
	"actor_name" text NOT NULL,
	"note" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rectifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"problem_id" uuid NOT NULL,
	"measures" text NOT NULL,
	"focus" text,
	"responsible_node_id" uuid NOT NULL,
	"responsible_person_id" uuid,
	"started_on" date NOT NULL,
	"working_days" integer NOT NULL,
	"due_on" date NOT NULL,
	"status" text NOT NULL,
	"submitted_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"escalated_directive_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rectifications_problem_uq" UNIQUE("problem_id")
);
--> statement-breakpoint
ALTER TABLE "accountabilities" ADD CONSTRAINT "accountabilities_problem_id_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountabilities" ADD CONSTRAINT "accountabilities_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountabilities" ADD CONSTRAINT "accountabilities_node_id_org_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."org_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountabilities" ADD CONSTRAINT "accountabilities_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cleanliness_checks" ADD CONSTRAINT "cleanliness_checks_unit_id_org_nodes_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cleanliness_checks" ADD CONSTRAINT "cleanliness_checks_drawn_by_user_id_users_id_fk" FOREIGN KEY ("drawn_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cleanliness_items" ADD CONSTRAINT "cleanliness_items_node_id_org_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."org_nodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cleanliness_scores" ADD CONSTRAINT "cleanliness_scores_check_id_cleanliness_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."cleanliness_checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cleanliness_scores" ADD CONSTRAINT "cleanliness_scores_department_id_org_nodes_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."org_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cleanliness_scores" ADD CONSTRAINT "cleanliness_scores_scored_by_user_id_users_id_fk" FOREIGN KEY ("scored_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_inspectors" ADD CONSTRAINT "inspection_inspectors_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_inspectors" ADD CONSTRAINT "inspection_inspectors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_targets" ADD CONSTRAINT "inspection_targets_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_targets" ADD CONSTRAINT "inspection_targets_node_id_org_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."org_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_organizer_node_id_org_nodes_id_fk" FOREIGN KEY ("organizer_node_id") REFERENCES "public"."org_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_risks" ADD CONSTRAINT "integrity_risks_node_id_org_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."org_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_risks" ADD CONSTRAINT "integrity_risks_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leave_requests" ADD CONSTRAINT "leave_requests_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leave_requests" ADD CONSTRAINT "leave_requests_approver_user_id_users_id_fk" FOREIGN KEY ("approver_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leave_requests" ADD CONSTRAINT "leave_requests_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "major_decision_views" ADD CONSTRAINT "major_decision_views_decision_id_major_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."major_decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "major_decision_views" ADD CONSTRAINT "major_decision_views_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "major_decisions" ADD CONSTRAINT "major_decisions_unit_id_org_nodes_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "major_decisions" ADD CONSTRAINT "major_decisions_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problems" ADD CONSTRAINT "problems_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problems" ADD CONSTRAINT "problems_node_id_org_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."org_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problems" ADD CONSTRAINT "problems_unit_id_org_nodes_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problems" ADD CONSTRAINT "problems_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problems" ADD CONSTRAINT "problems_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_request_events" ADD CONSTRAINT "public_request_events_request_id_public_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."public_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_request_events" ADD CONSTRAINT "public_request_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_requests" ADD CONSTRAINT "public_requests_node_id_org_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."org_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_requests" ADD CONSTRAINT "public_requests_claimed_node_id_org_nodes_id_fk" FOREIGN KEY ("claimed_node_id") REFERENCES "public"."org_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_requests" ADD CONSTRAINT "public_requests_claimed_person_id_people_id_fk" FOREIGN KEY ("claimed_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_events" ADD CONSTRAINT "rectification_events_rectification_id_rectifications_id_fk" FOREIGN KEY ("rectification_id") REFERENCES "public"."rectifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_events" ADD CONSTRAINT "rectification_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_problem_id_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_responsible_node_id_org_nodes_id_fk" FOREIGN KEY ("responsible_node_id") REFERENCES "public"."org_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_responsible_person_id_people_id_fk" FOREIGN KEY ("responsible_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_escalated_directive_id_directives_id_fk" FOREIGN KEY ("escalated_directive_id") REFERENCES "public"."directives"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accountabilities_problem_idx" ON "accountabilities" USING btree ("problem_id");--> statement-breakpoint
CREATE INDEX "cleanliness_items_node_idx" ON "cleanliness_items" USING btree ("node_id");--> statement-breakpoint
CREATE INDEX "inspection_targets_node_idx" ON "inspection_targets" USING btree ("node_id");--> statement-breakpoint
CREATE INDEX "inspections_organizer_idx" ON "inspections" USING btree ("organizer_node_id","planned_on");--> statement-breakpoint
CREATE INDEX "integrity_risks_node_idx" ON "integrity_risks" USING btree ("node_id");--> statement-breakpoint
CREATE INDEX "leave_requests_person_idx" ON "leave_requests" USING btree ("person_id","starts_on");--> statement-breakpoint
CREATE INDEX "major_decisions_unit_idx" ON "major_decisions" USING btree ("unit_id","decided_on");--> statement-breakpoint
CREATE INDEX "problems_unit_idx" ON "problems" USING btree ("unit_id","found_on");--> statement-breakpoint
CREATE INDEX "problems_tags_idx" ON "problems" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "problems_inspection_idx" ON "problems" USING btree ("inspection_id");--> statement-breakpoint
CREATE INDEX "public_request_events_idx" ON "public_request_events" USING btree ("request_id","at");--> statement-breakpoint
CREATE INDEX "public_requests_node_idx" ON "public_requests" USING btree ("node_id","raised_on");--> statement-breakpoint
CREATE INDEX "rectification_events_idx" ON "rectification_events" USING btree ("rectification_id","at");--> statement-breakpoint
CREATE INDEX "rectifications_due_idx" ON "rectifications" USING btree ("status","due_on");