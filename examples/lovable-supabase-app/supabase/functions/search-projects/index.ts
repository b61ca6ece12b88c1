import { serve } from "https://deno.land/std@0.190.0/http/server.ts";
import { Client } from "https://deno.land/x/postgres@v0.17.0/mod.ts";
import { corsHeaders } from "../_shared/cors.ts";

// supabase-js can't do ILIKE across title + description + notes in one go, so we use SQL directly
serve(async (req) => {
  if (req.method === "OPTIONS") {
    return new Response(null, { headers: corsHeaders });
  }

  const { q, ownerId } = await req.json();
  const client = new Client(Deno.env.get("SUPABASE_DB_URL"));
  await client.connect();

  try {
    let sql = `
      select distinct p.id, p.owner_id, p.title, p.description, p.is_public, p.created_at
      from public.projects p
      left join public.notes n on n.project_id = p.id
      where (p.title ilike '%${q}%' or p.description ilike '%${q}%' or n.body_html ilike '%${q}%')`;
    if (ownerId) {
      sql += ` and p.owner_id = '${ownerId}'`;
    }
    sql += " order by p.created_at desc limit 50";

    const result = await client.queryObject(sql);
    return new Response(JSON.stringify({ projects: result.rows }), {
      headers: { ...corsHeaders, "Content-Type": "application/json" },
    });
  } catch (err) {
    return new Response(JSON.stringify({ error: err.message }), {
      headers: { ...corsHeaders, "Content-Type": "application/json" },
      status: 500,
    });
  } finally {
    await client.end();
  }
});
