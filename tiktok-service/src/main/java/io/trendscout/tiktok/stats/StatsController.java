package io.trendscout.tiktok.stats;

import java.util.List;

import io.trendscout.platform.security.CurrentUser;
import io.trendscout.tiktok.connection.ConnectionView;
import io.trendscout.tiktok.connection.NotConnected;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StatsController {

    private final AccountReader reader;
    private final FetchProperties properties;

    StatsController(AccountReader reader, FetchProperties properties) {
        this.reader = reader;
        this.properties = properties;
    }

    @GetMapping("/api/tiktok/account")
    AccountResponse account() {
        return toAccount(reader.read(CurrentUser.id()));
    }

    @PostMapping("/api/tiktok/refresh")
    AccountResponse refresh() {
        return toAccount(reader.refresh(CurrentUser.id()));
    }

    @GetMapping("/api/mediakit/tiktok")
    MediaKit mediaKit() {
        AccountData data = reader.read(CurrentUser.id());
        AccountSnapshot s = data.latest().orElseThrow(NotConnected::new);
        int n = properties.engagementVideos();
        double engagement = EngagementMetrics.engagementRate(data.videos(), n);
        EngagementMetrics.Growth growth = EngagementMetrics.growth(data.history());
        return new MediaKit(new MediaKit.Meta(s.fetchedAt(), "TikTok Official API", "v2", data.stale()),
                new MediaKit.Profile(s.username(), s.displayName(), s.avatarUrl(), s.bio(),
                        s.username() == null ? s.profileUrl() : "https://www.tiktok.com/@" + s.username()),
                new MediaKit.Stats(s.followers(), s.likes(), s.videoCount(), engagement, EngagementMetrics.averageViews(data.videos(), n)),
                "tiktok", s.followers(), s.videoCount(), engagement, s.fetchedAt(),
                EngagementMetrics.topVideos(data.videos(), properties.topVideos()).stream()
                        .map(v -> new MediaKit.Video(v.id(), v.title(), v.shareUrl(), v.postedAt(), v.views(), v.likes(),
                                v.comments(), v.shares(), EngagementMetrics.rate(v.interactions(), v.views())))
                        .toList(),
                new MediaKit.Growth(growth.followersLastDay(), growth.followersLastWeek(), growth.followersPerDay(),
                        growth.followersPerWeek(), MediaKit.daily(data.history())),
                EngagementMetrics.hashtagPerformance(data.videos()).stream().limit(10)
                        .map(h -> new MediaKit.Hashtag(h.hashtag(), h.videos(), h.averageViews(), h.engagementRate())).toList(),
                EngagementMetrics.bestPostingHours(data.videos(), 3).stream().map(EngagementMetrics.HourStats::hourUtc).toList());
    }

    private AccountResponse toAccount(AccountData data) {
        AccountResponse.Connection connection = data.connection().map(StatsController::connection)
                .orElse(new AccountResponse.Connection("DISCONNECTED", null, null, List.of(), null, "/api/tiktok/auth/url"));
        if (data.latest().isEmpty()) {
            return new AccountResponse(connection, null, null, null, null, data.stale(), data.staleReason());
        }
        AccountSnapshot s = data.latest().get();
        int n = properties.engagementVideos();
        return new AccountResponse(connection,
                new AccountResponse.Profile(s.username(), s.displayName(), s.avatarUrl(), s.bio(), s.profileUrl(), s.verified()),
                new AccountResponse.Stats(s.followers(), s.following(), s.likes(), s.videoCount(), data.videos().size()),
                new AccountResponse.Metrics(EngagementMetrics.engagementRate(data.videos(), n), Math.min(n, data.videos().size()),
                        EngagementMetrics.averageViews(data.videos(), n), EngagementMetrics.growth(data.history()),
                        EngagementMetrics.topVideos(data.videos(), properties.topVideos()).stream().map(AccountResponse.TopVideo::of).toList(),
                        EngagementMetrics.hashtagPerformance(data.videos()), EngagementMetrics.bestPostingHours(data.videos(), 3)),
                s.fetchedAt(), data.stale(), data.staleReason());
    }

    private static AccountResponse.Connection connection(ConnectionView view) {
        return new AccountResponse.Connection(view.status().name(), view.statusReason(), view.openId(), view.scopes(),
                view.connectedAt(), view.status().name().equals("ACTIVE") ? null : "/api/tiktok/auth/url");
    }
}
