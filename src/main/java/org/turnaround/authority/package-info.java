/**
 * Councils with children's services: every record in Turnaround belongs to one authority.
 */
package org.turnaround.authority;
