package io.trendscout.security.accounts;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Accounts extends JpaRepository<Account, UUID> {

    /** The native account (one with a password) of the address: external accounts never sign in, register or reset here. */
    @Query("select a from Account a where a.email = :normalizedEmail and a.passwordHash is not null")
    Optional<Account> findByEmail(String normalizedEmail);
}
