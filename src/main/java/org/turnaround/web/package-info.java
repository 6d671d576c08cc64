/**
 * What every page shares: the layout, the landing page, error pages and record-not-found
 * handling.
 */
package org.turnaround.web;
