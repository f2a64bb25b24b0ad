package io.trendscout.tiktok.connection;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TiktokConnections extends JpaRepository<TiktokConnection, UUID> {

    /** Locks the row so only one refresh runs per connection (rotating refresh tokens are single-use). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from TiktokConnection c where c.userId = :userId")
    Optional<TiktokConnection> lockById(UUID userId);

    @Query("select c.userId from TiktokConnection c where c.status = io.trendscout.tiktok.connection.ConnectionStatus.ACTIVE order by c.userId")
    List<UUID> activeUserIds();
}
