package io.trendscout.tiktok.connection;

import java.time.Instant;
import java.util.List;

import io.trendscout.platform.security.CurrentUser;
import io.trendscout.platform.web.validation.PlainText;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tiktok")
class ConnectionController {

    record AuthUrlResponse(String url, Instant expiresAt) {
    }

    record ConnectedResponse(String status, String openId, List<String> scopes, Instant connectedAt) {
    }

    record DisconnectResponse(boolean disconnected, boolean revokedAtTiktok, boolean dataErased) {
    }

    private final ConnectFlow flow;
    private final Connections connections;

    ConnectionController(ConnectFlow flow, Connections connections) {
        this.flow = flow;
        this.connections = connections;
    }

    @GetMapping("/auth/url")
    AuthUrlResponse authUrl() {
        ConnectFlow.AuthorizationUrl url = flow.start(CurrentUser.id());
        return new AuthUrlResponse(url.url(), url.expiresAt());
    }

    /** Public: TikTok redirects the browser here; the state identifies the user. */
    @GetMapping("/auth/callback")
    ConnectedResponse callback(@RequestParam(required = false) @PlainText String state,
            @RequestParam(required = false) @PlainText String code, @RequestParam(required = false) @PlainText String error) {
        ConnectionView view = flow.complete(state, code, error);
        return new ConnectedResponse(view.status().name(), view.openId(), view.scopes(), view.connectedAt());
    }

    @DeleteMapping("/disconnect")
    DisconnectResponse disconnect(@RequestParam(defaultValue = "false") boolean erase) {
        Connections.Disconnected result = connections.disconnect(CurrentUser.id(), erase);
        return new DisconnectResponse(true, result.revokedAtTiktok(), result.dataErased());
    }
}
