package dev.newsminer;

/** What kind of organization an {@link Organization} is. */
public enum OrganizationType {
  /** A business: companies, their units, exchanges, startups. */
  COMPANY,
  /** A national, regional or local government, or one of its ministries and departments. */
  GOVERNMENT,
  /** A government agency, regulator or intergovernmental body. */
  AGENCY,
  /** A commercial, investment, central or development bank. */
  BANK,
  /** A university, college or research institute. */
  UNIVERSITY,
  /** A non-governmental organization, charity or foundation. */
  NGO,
  /** An alliance, consortium or coalition of organizations. */
  ALLIANCE,
  /** A newspaper, broadcaster, news agency or publisher. */
  MEDIA,
  /** A sports club, league or federation. */
  SPORTS,
  /** Any other organization: parties, unions, courts, armed forces. */
  OTHER
}
