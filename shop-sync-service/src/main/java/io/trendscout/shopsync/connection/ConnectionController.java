package io.trendscout.shopsync.connection;

import java.util.List;
import java.util.UUID;

import io.trendscout.platform.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A merchant's shop connections; role MERCHANT (or ADMIN), each caller sees only their own. */
@RestController
@RequestMapping("/api/connections")
@PreAuthorize("hasAnyRole('MERCHANT', 'ADMIN')")
class ConnectionController {

    private final ShopConnections connections;

    ConnectionController(ShopConnections connections) {
        this.connections = connections;
    }

    @GetMapping
    List<ConnectionView> list() {
        return connections.list(CurrentUser.id());
    }

    @GetMapping("/{id}")
    ConnectionView get(@PathVariable UUID id) {
        return connections.get(CurrentUser.id(), id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ConnectionView connect(@Valid @RequestBody ConnectionRequest request) {
        return connections.connect(CurrentUser.id(), request);
    }

    @PostMapping("/{id}/test")
    ConnectionView test(@PathVariable UUID id) {
        return connections.test(CurrentUser.id(), id);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        connections.delete(CurrentUser.id(), id);
    }
}
