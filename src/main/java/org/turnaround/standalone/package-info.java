/**
 * Standalone mode: when no database is configured the app starts its own real PostgreSQL
 * and, in demo mode, fills it once with the Marchshire demo data.
 */
package org.turnaround.standalone;
