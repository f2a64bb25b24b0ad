package io.trendscout.security.codes;

/** What a code proves; a code of one purpose is never accepted for another. */
public enum CodePurpose { EMAIL_VERIFICATION, LOGIN_2FA, PASSWORD_RESET }
