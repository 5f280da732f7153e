-- Schema 16 on a server: each person signs in as their own login, and the
-- server refuses what their role may not do, whatever program sends it.
--
-- Group roles (shared by every database of the cluster, as roles are):
--   abonent_operator  reads everything; records contacts, calls, tags,
--                     customers, their phones, plans and payments
--   abonent_manager   an operator who also keeps the catalogue, the plans,
--                     the rates and settings, runs cases and issues letters
--   abonent_owner     a manager who also keeps the people and issues and
--                     voids termination letters
--   abonent_pbx       the phone system's read-only login (lookup, agi)
-- A person's login is a member of one of the first three; its name is their
-- login in operators. The login that owns the database (the one that set it
-- up) owns the tables and is not held by these rules: it is the
-- administrator's key, kept apart from the people's own logins. A later step
-- that adds a table grants it to these groups as well.

-- The passphrases of a desk's own file (schema 16 there): unused on a
-- server, where each person has a login, and readable by nobody but the
-- administrator (migrate copies a file's).
ALTER TABLE operators ADD COLUMN passphrase_hash text;

DO $$
DECLARE
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY['abonent_operator', 'abonent_manager', 'abonent_owner', 'abonent_pbx'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I NOLOGIN', name);
        EXCEPTION
            -- Made by another database on this cluster, perhaps at this moment.
            WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END LOOP;
END
$$;
DO $$
BEGIN
    IF NOT pg_has_role('abonent_manager', 'abonent_operator', 'MEMBER') THEN
        BEGIN
            GRANT abonent_operator TO abonent_manager;
        EXCEPTION
            WHEN unique_violation THEN NULL; -- granted by another database's set-up meanwhile
        END;
    END IF;
    IF NOT pg_has_role('abonent_owner', 'abonent_manager', 'MEMBER') THEN
        BEGIN
            GRANT abonent_manager TO abonent_owner;
        EXCEPTION
            WHEN unique_violation THEN NULL;
        END;
    END IF;
END
$$;

-- Who is signed in, as a person of this office: null for a login that is not one.
CREATE FUNCTION abonent_person() RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT id FROM operators WHERE login = session_user AND active = 1
$$;

-- Every entry in the audit log names the person signed in, not a name the
-- program was told.
CREATE FUNCTION abonent_audit_names_person() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    person bigint := abonent_person();
BEGIN
    IF person IS NOT NULL THEN
        NEW.operator_id := person;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_log_names_person BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION abonent_audit_names_person();

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC;

-- Reading: everyone, the phone system too; a passphrase hash of a desk's file
-- (copied here by migrate) is nobody's to read.
GRANT SELECT ON ALL TABLES IN SCHEMA public TO abonent_operator, abonent_pbx;
REVOKE SELECT ON operators FROM abonent_operator, abonent_pbx;
GRANT SELECT (id, login, name, role, cost_per_hour_minor, currency, takes_difficult_callers, active)
    ON operators TO abonent_operator, abonent_pbx;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO abonent_operator;

-- An operator's work: customers and what is theirs, contacts and calls,
-- tags (a problem tag is removed by a manager: the program checks that), and
-- the monthly sums every new contact is folded into.
GRANT INSERT, UPDATE ON customers, phones, plan_periods, payments, contacts, tag_assignments, unlinked_calls,
    call_recordings, customer_months TO abonent_operator;
GRANT DELETE ON phones TO abonent_operator;
GRANT INSERT ON tag_evidence, audit_log TO abonent_operator;
GRANT INSERT, UPDATE, DELETE ON call_drafts, contact_rollup_pending TO abonent_operator;

-- A manager's: the catalogue, plans and fees, rates and settings, letter
-- templates, cases and their steps, contracts ended, letters, erasures and
-- imports.
GRANT INSERT, UPDATE ON tags, plans, plan_fee_changes, office_settings, channel_costs, letter_templates, cases,
    case_steps, customer_exits, letters, letter_register, opening_balances, import_keys, erasure_permits
    TO abonent_manager;
GRANT DELETE ON tags, plans, plan_fee_changes, erasure_permits TO abonent_manager;

-- The owner's: the people.
GRANT INSERT, UPDATE ON operators TO abonent_owner;

-- Termination letters are the owner's to issue and to void, however they are
-- sent: a manager's login may write the other letters only.
CREATE FUNCTION abonent_termination_template(template bigint) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT kind = 'termination_notice' OR kind = 'termination_confirmation' FROM letter_templates WHERE id = template
$$;
ALTER TABLE letters ENABLE ROW LEVEL SECURITY;
CREATE POLICY letters_read ON letters FOR SELECT USING (true);
CREATE POLICY letters_issue ON letters FOR INSERT
    WITH CHECK (NOT abonent_termination_template(template_id) OR pg_has_role('abonent_owner', 'MEMBER'));
CREATE POLICY letters_void ON letters FOR UPDATE
    USING (NOT abonent_termination_template(template_id) OR pg_has_role('abonent_owner', 'MEMBER'));

