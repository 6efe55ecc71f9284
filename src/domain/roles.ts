/**
 * A role that opens a section of the app (Curate, Insights, Admin). Every person is a member;
 * these are the roles a membership may add. Lives in domain/ so the router, the session store
 * and components share it without importing one another.
 */
export type Role = 'ambassador' | 'hr' | 'admin'
