package dev.newsminer;

/** What an organization committed to; see {@code docs/commitments.md} for the full guideline. */
public enum CommitmentKind {
  /** Money or resources given to others: grants, aid, donations, research funds, loans. */
  FUNDING,
  /** Money spent on the organization's own operations or assets: plants, capacity, buy-backs. */
  INVESTMENT,
  /** An agreement or offer to acquire, merge, sell or divest a business, stake or asset. */
  ACQUISITION,
  /** An agreement to work together: alliance, joint venture, collaboration, consortium. */
  PARTNERSHIP,
  /** A stated goal or objective, with or without numbers. */
  TARGET,
  /** Any other promise to act. */
  PLEDGE
}
