/** Mail to account holders over SMTP, from German and English templates. */
package io.trendscout.security.mail;
