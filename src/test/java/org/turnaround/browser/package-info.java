/**
 * Browser tests: journeys clicked through in the installed Chromium against the running
 * app, with axe-core and a screenshot on every page visited.
 */
package org.turnaround.browser;
