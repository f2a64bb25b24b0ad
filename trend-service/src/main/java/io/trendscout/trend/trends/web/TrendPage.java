package io.trendscout.trend.trends.web;

import java.util.List;

/** One page of trends. */
record TrendPage(List<TrendResponse> items, int page, int size, long total, int totalPages) {
}
