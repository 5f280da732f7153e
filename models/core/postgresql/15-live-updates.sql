-- Schema 15 on a server: every committed change is announced to the desks
-- listening on the channel "abonent" (LISTEN/NOTIFY), so a tag set at one
-- desk shows at every other within a second, without polling. A NOTIFY is
-- sent when its transaction commits, and never when it rolls back; the same
-- payload twice in one transaction is sent once.
--
-- Payloads: 'customer:<id>' (something of that customer changed),
-- 'catalogue' (tags, plans, office settings, rates, letter templates, people),
-- 'unlinked' (calls without a customer), 'reset' (a bulk load: re-read all).

-- The customer a row belongs to: the column TG_ARGV[0] of the row written,
-- or, for rows that only name their parent, the parent's customer.
CREATE FUNCTION abonent_announce_customer() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    written jsonb := to_jsonb(coalesce(NEW, OLD));
    customer bigint;
BEGIN
    IF TG_ARGV[0] = 'case_id' THEN
        customer := abonent_case_customer((written ->> 'case_id')::bigint);
    ELSIF TG_ARGV[0] = 'assignment_id' THEN
        SELECT customer_id INTO customer FROM tag_assignments WHERE id = (written ->> 'assignment_id')::bigint;
    ELSIF TG_ARGV[0] = 'contact_id' THEN
        customer := abonent_contact_customer((written ->> 'contact_id')::bigint);
    ELSE
        customer := (written ->> TG_ARGV[0])::bigint;
    END IF;
    IF customer IS NOT NULL THEN
        PERFORM pg_notify('abonent', 'customer:' || customer);
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION abonent_announce_table() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('abonent', TG_ARGV[0]);
    RETURN NULL;
END;
$$;

CREATE TRIGGER customers_announce AFTER INSERT OR UPDATE OR DELETE ON customers
    FOR EACH ROW EXECUTE FUNCTION abonent_announce_customer('id');
CREATE TRIGGER phones_announce AFTER INSERT OR UPDATE OR DELETE ON phones
    FOR EACH ROW EXECUTE FUNCTION abonent_announce_customer('customer_id');
CREATE TRIGGER plan_periods_announce AFTER INSERT OR UPDATE OR DELETE ON plan_periods
    FOR EACH ROW EXECUTE FUNCTION abonent_announce_customer('customer_id');
CREATE TRIGGER payments_announce AFTER INSERT OR UPDATE OR DELETE ON payments
    FOR EACH ROW EXECUTE FUNCTION abonent_announce_customer('customer_id');
CREATE TRIGGER contacts_announce AFTER INSERT OR UPDATE OR DELETE ON contacts
    FOR EACH ROW EXECUTE FUNCTION abonent_announce_customer('customer_id');
CREATE TRIGGER tag_assignments_announce AFTER INSERT OR UPDATE OR DELETE ON tag_assignments
    FOR EACH ROW EXECUTE FUNCTION abonent_announce_customer('customer_id');
CREATE TRIGGER tag_evidence_announce AFTER INSERT OR UPDATE OR DELETE ON tag_evidence
    FOR EACH ROW EXECUTE FUNCTION abonent_announce_customer('assignment_id');
CREATE TRIGGER cases_announce AFTER INSERT OR UPDATE OR DELETE ON cases
    FOR EACH ROW EXECUTE FUNCTION abonent_announce_customer('customer_id');
CREATE TRIGGER case_steps_announce AFTER INSERT OR UPDATE OR DELETE ON case_steps
    FOR EACH ROW EXECUTE FUNCTION abonent_announce_customer('case_id');
CREATE TRIGGER letters_announce AFTER INSERT OR UPDATE OR DELETE ON letters
    FOR EACH ROW EXECUTE FUNCTION abonent_announce_customer('customer_id');
-- A recording kept without a customer belongs to an unlinked call until it is linked.
CREATE TRIGGER call_recordings_announce AFTER INSERT OR UPDATE OR DELETE ON call_recordings
    FOR EACH ROW EXECUTE FUNCTION abonent_announce_customer('contact_id');
CREATE TRIGGER customer_exits_announce AFTER INSERT OR UPDATE OR DELETE ON customer_exits
    FOR EACH ROW EXECUTE FUNCTION abonent_announce_customer('customer_id');
CREATE TRIGGER opening_balances_announce AFTER INSERT OR UPDATE OR DELETE ON opening_balances
    FOR EACH ROW EXECUTE FUNCTION abonent_announce_customer('customer_id');

CREATE TRIGGER unlinked_calls_announce AFTER INSERT OR UPDATE OR DELETE ON unlinked_calls
    FOR EACH STATEMENT EXECUTE FUNCTION abonent_announce_table('unlinked');
CREATE TRIGGER tags_announce AFTER INSERT OR UPDATE OR DELETE ON tags
    FOR EACH STATEMENT EXECUTE FUNCTION abonent_announce_table('catalogue');
CREATE TRIGGER plans_announce AFTER INSERT OR UPDATE OR DELETE ON plans
    FOR EACH STATEMENT EXECUTE FUNCTION abonent_announce_table('catalogue');
CREATE TRIGGER plan_fee_changes_announce AFTER INSERT OR UPDATE OR DELETE ON plan_fee_changes
    FOR EACH STATEMENT EXECUTE FUNCTION abonent_announce_table('catalogue');
CREATE TRIGGER office_settings_announce AFTER INSERT OR UPDATE OR DELETE ON office_settings
    FOR EACH STATEMENT EXECUTE FUNCTION abonent_announce_table('catalogue');
CREATE TRIGGER channel_costs_announce AFTER INSERT OR UPDATE OR DELETE ON channel_costs
    FOR EACH STATEMENT EXECUTE FUNCTION abonent_announce_table('catalogue');
CREATE TRIGGER letter_templates_announce AFTER INSERT OR UPDATE OR DELETE ON letter_templates
    FOR EACH STATEMENT EXECUTE FUNCTION abonent_announce_table('catalogue');
CREATE TRIGGER operators_announce AFTER INSERT OR UPDATE OR DELETE ON operators
    FOR EACH STATEMENT EXECUTE FUNCTION abonent_announce_table('catalogue');
