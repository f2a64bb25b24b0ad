/**
 * Trend detection, scoring and peak prediction on one series, free of Spring and storage: see
 * DETECTION.md in this folder for the algorithm, its defaults and how it is evaluated.
 */
package io.trendscout.trend.detection;
