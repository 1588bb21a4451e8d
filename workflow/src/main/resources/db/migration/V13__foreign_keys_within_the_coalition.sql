-- A reference from one tenant table to another names the coalition too: (tenant_id, case_id)
-- references case_file (tenant_id, id), so the database itself refuses a row that points at another
-- coalition's record. Row-level security does not cover this: PostgreSQL checks foreign keys past
-- it, so a key on the id alone accepts, from a transaction bound to one coalition, an engagement
-- pointing at another coalition's case (defence in depth: the services never do that).
-- Every such key of the schema is rewritten here, whatever table it is on; TenantForeignKeysIT
-- fails for a later one that forgets the coalition.
do $$
declare
  fk record;
  key_name text;
begin
  for fk in
    select c.conname, c.conrelid::regclass as tbl, c.confrelid::regclass as reftbl, c.confdeltype,
           (select string_agg(quote_ident(a.attname), ', ' order by k.ord)
              from unnest(c.conkey) with ordinality as k(attnum, ord)
              join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum) as cols,
           (select string_agg(quote_ident(a.attname), ', ' order by k.ord)
              from unnest(c.confkey) with ordinality as k(attnum, ord)
              join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.attnum) as refcols,
           (select string_agg(a.attname, '_' order by k.ord)
              from unnest(c.conkey) with ordinality as k(attnum, ord)
              join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum) as colnames
      from pg_constraint c
      join pg_namespace n on n.oid = c.connamespace
     where c.contype = 'f' and n.nspname = 'app'
       and exists (select 1 from pg_attribute a where a.attrelid = c.conrelid and a.attname = 'tenant_id' and not a.attisdropped)
       and exists (select 1 from pg_attribute a where a.attrelid = c.confrelid and a.attname = 'tenant_id' and not a.attisdropped)
       and not exists (select 1 from unnest(c.conkey) k(attnum)
                         join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
                        where a.attname = 'tenant_id')
  loop
    if fk.confdeltype not in ('a', 'r', 'c') then
      raise exception 'foreign key % on % deletes by setting null or a default; rewrite it by hand', fk.conname, fk.tbl;
    end if;
    -- the referenced side must be unique with the coalition in front
    if not exists (
        select 1 from pg_constraint u
         where u.conrelid = fk.reftbl and u.contype in ('p', 'u')
           and (select string_agg(quote_ident(a.attname), ', ' order by k.ord)
                  from unnest(u.conkey) with ordinality as k(attnum, ord)
                  join pg_attribute a on a.attrelid = u.conrelid and a.attnum = k.attnum) = 'tenant_id, ' || fk.refcols) then
      execute format('alter table %s add constraint %I unique (tenant_id, %s)', fk.reftbl,
          (select relname from pg_class where oid = fk.reftbl) || '_unique_within_coalition', fk.refcols);
    end if;
    key_name := (select relname from pg_class where oid = fk.tbl) || '_' || fk.colnames || '_same_coalition';
    execute format('alter table %s drop constraint %I', fk.tbl, fk.conname);
    execute format('alter table %s add constraint %I foreign key (tenant_id, %s) references %s (tenant_id, %s)%s',
        fk.tbl, key_name, fk.cols, fk.reftbl, fk.refcols,
        case fk.confdeltype when 'c' then ' on delete cascade' when 'r' then ' on delete restrict' else '' end);
  end loop;
end
$$;
