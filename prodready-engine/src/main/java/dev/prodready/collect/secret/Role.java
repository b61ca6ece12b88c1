package dev.prodready.collect.secret;

/** Whether a credential must stay private, or is meant to be shipped to browsers and apps. */
public enum Role {
    /** A credential that grants access: leaking it is a finding. */
    SECRET,
    /** A key made for public use (Stripe publishable, Supabase anon): reported as info, never as a leak. */
    PUBLIC
}
