package org.turnaround.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins lock an account, within what window, and for how long: by
 * default 10 failures in 15 minutes lock it for 15 minutes, enough to stop guessing
 * without locking people out for long.
 */
@ConfigurationProperties("turnaround.sign-in")
public record SignInPolicy(@DefaultValue("10") int maxFailures, @DefaultValue("15m") Duration failureWindow,
		@DefaultValue("15m") Duration lockFor) {

}
