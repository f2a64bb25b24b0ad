-- Local compose stack only: one role and one schema per service, like the Helm chart creates.
-- The passwords here are for a throwaway local database; production passwords live in Secrets.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
DO $$
DECLARE s text;
BEGIN
  FOREACH s IN ARRAY ARRAY['security','product','trend','recommendation','tiktok','analytics','shopsync','aigenerator'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'trendscout_' || s) THEN
      EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', 'trendscout_' || s, 'local-' || s);
    END IF;
    EXECUTE format('CREATE SCHEMA IF NOT EXISTS %I AUTHORIZATION %I', s, 'trendscout_' || s);
  END LOOP;
END $$;
