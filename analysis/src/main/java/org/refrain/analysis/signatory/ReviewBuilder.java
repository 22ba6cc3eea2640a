package org.refrain.analysis.signatory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists the judged pairs a person should look at: merged pairs scoring below {@link
 * SignatoryResolver#REVIEW_BELOW}, pairs kept apart with a score from {@link
 * SignatoryResolver#REVIEW_FROM}, and pairs a rule would merge but one letter lists both or the
 * alias file keeps apart. Judged pairs come best first, so the review does too.
 */
final class ReviewBuilder {

  private final Clusters clusters;
  private final Separations separate;
  private final Map<Integer, String> idByRoot;

  ReviewBuilder(Clusters clusters, Separations separate, Map<Integer, String> idByRoot) {
    this.clusters = clusters;
    this.separate = separate;
    this.idByRoot = idByRoot;
  }

  List<ReviewPair> build(
      List<SignatoryResolver.Judged> judged, List<SignatoryResolver.Judged> blocked) {
    Set<SignatoryResolver.Judged> wasBlocked = new HashSet<>(blocked);
    List<ReviewPair> review = new ArrayList<>();
    for (SignatoryResolver.Judged pair : judged) {
      int x = clusters.find(pair.a().id());
      int y = clusters.find(pair.b().id());
      ReviewPair.Outcome outcome;
      if (x == y) {
        if (pair.match().score() >= SignatoryResolver.REVIEW_BELOW) {
          continue;
        }
        outcome = ReviewPair.Outcome.MERGED;
      } else if (wasBlocked.contains(pair)) {
        outcome =
            separate.between(clusters, x, y)
                ? ReviewPair.Outcome.USER_SEPARATE
                : ReviewPair.Outcome.SAME_LETTER;
      } else {
        outcome = ReviewPair.Outcome.SEPARATE;
      }
      review.add(
          new ReviewPair(
              pair.a().shown(),
              pair.b().shown(),
              idByRoot.get(x),
              idByRoot.get(y),
              pair.match(),
              outcome));
    }
    return review;
  }
}
