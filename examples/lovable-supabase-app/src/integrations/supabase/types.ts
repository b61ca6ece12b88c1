export type Json = string | number | boolean | null | { [key: string]: Json | undefined } | Json[];

export type Database = {
  public: {
    Tables: {
      profiles: {
        Row: { id: string; email: string | null; full_name: string | null; role: string; created_at: string };
        Insert: { id: string; email?: string | null; full_name?: string | null; role?: string };
        Update: { email?: string | null; full_name?: string | null; role?: string };
      };
      projects: {
        Row: {
          id: string;
          owner_id: string;
          title: string;
          description: string | null;
          is_public: boolean;
          created_at: string;
        };
        Insert: { owner_id: string; title: string; description?: string | null; is_public?: boolean };
        Update: { title?: string; description?: string | null; is_public?: boolean };
      };
      notes: {
        Row: { id: string; project_id: string; author_id: string; body_html: string; created_at: string };
        Insert: { project_id: string; author_id: string; body_html: string };
        Update: { body_html?: string };
      };
      subscriptions: {
        Row: {
          id: string;
          user_id: string;
          stripe_customer_id: string | null;
          stripe_subscription_id: string | null;
          status: string;
          price_id: string | null;
          current_period_end: string | null;
        };
        Insert: { user_id: string; status: string };
        Update: { status?: string };
      };
    };
    Views: Record<string, never>;
    Functions: Record<string, never>;
    Enums: Record<string, never>;
  };
};
