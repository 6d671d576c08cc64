/**
 * Where each person lands after signing in, according to their role.
 */
package org.turnaround.home;
