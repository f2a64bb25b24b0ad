package io.trendscout.recommendation.ranking;

/** A product under consideration for one request, with the parts of its score. */
final class Candidate {
    final int item;
    float cf;
    double bestContribution;
    int because = -1;
    double cfPart;
    double contentPart;
    double trendPart;
    double score;

    Candidate(int item) {
        this.item = item;
    }
}
