package org.liaison.demo;

import java.util.List;
import org.liaison.cases.Theme;
import org.liaison.demo.DemoHistory.Cast;
import org.liaison.demo.DemoHistory.EmbassyPlan;
import org.liaison.officers.NewEmbassy;
import org.liaison.officers.NewOfficer;
import org.liaison.officers.Portfolio;

/**
 * Who lives the demo coalitions' year ({@link DemoHistory}): their people, the embassies they work with
 * (the first one is the embassy of today's demo cases) with how often each replies, and what their cases
 * are about.
 */
final class DemoCasts {

  static Cast press() {
    return new Cast(DemoCoalitions.PRESS, "cora", null, List.of("milo", "sam", "cora"), "sofia", List.of(
        new EmbassyPlan(new NewEmbassy("KE", "Nairobi", "https://ke.usembassy.gov"),
            "Support a free and independent press ahead of the elections", List.of(
                new NewOfficer(null, "Rebecca Owens", "Human rights officer, political section", Portfolio.HUMAN_RIGHTS,
                    "hro.nairobi@example.org", null),
                new NewOfficer(null, "Daniel Kimani", "Public affairs officer", Portfolio.PUBLIC_AFFAIRS,
                    "pao.nairobi@example.org", null)), 0.8),
        new EmbassyPlan(new NewEmbassy("GT", "Guatemala City", "https://gt.usembassy.gov"),
            "Protect journalists and community media who report on land and corruption", List.of(
                new NewOfficer(null, "Ana Morales", "Human rights officer", Portfolio.HUMAN_RIGHTS,
                    "hro.guatemala@example.org", null)), 0.5),
        new EmbassyPlan(new NewEmbassy("PK", "Islamabad", "https://pk.usembassy.gov"),
            "Promote freedom of expression online", List.of(
                new NewOfficer(null, "Imran Siddiqui", "Political officer", Portfolio.POLITICAL,
                    "pol.islamabad@example.org", null)), 0.3),
        new EmbassyPlan(new NewEmbassy("ZW", "Harare", "https://zw.usembassy.gov"),
            "Free and fair elections and an independent press", List.of(
                new NewOfficer(null, "Tendai Moyo", "Human rights officer", Portfolio.HUMAN_RIGHTS,
                    "hro.harare@example.org", null)), 0.1)),
        new NewOfficer(null, "Laura Chen", "Press freedom desk, Bureau of Democracy, Human Rights, and Labor",
            Portfolio.HUMAN_RIGHTS, "drl.press@example.org", null),
        List.of("Media Watch", "Article 19 East Africa", "Reporters' Legal Aid"),
        List.of("Reporter detained after covering a protest", "Newspaper's website blocked before the vote",
            "Radio presenter threatened by local officials", "Photographer's equipment seized at the airport",
            "Editor summoned over a corruption story", "Online critic charged under the cybercrime law",
            "Journalists' union office searched", "Foreign correspondent's accreditation withdrawn",
            "Community radio taken off air", "Investigative reporter followed and photographed"),
        List.of(Theme.FREEDOM_OF_EXPRESSION, Theme.FREEDOM_OF_ASSEMBLY, Theme.HUMAN_RIGHTS_DEFENDERS,
            Theme.RULE_OF_LAW));
  }

  static Cast labor() {
    return new Cast(DemoCoalitions.LABOR, "lena", "sam", List.of("tomas", "sam", "lena"), null, List.of(
        new EmbassyPlan(new NewEmbassy("BD", "Dhaka", "https://bd.usembassy.gov"),
            "Worker safety and freedom of association in the garment sector", List.of(
                new NewOfficer(null, "Michael Hart", "Labor officer, economic section", Portfolio.LABOR,
                    "labor.dhaka@example.org", null),
                new NewOfficer(null, "Nusrat Rahman", "Economic officer", Portfolio.ECONOMIC,
                    "econ.dhaka@example.org", null),
                new NewOfficer(null, "Farida Yasmin", "Human rights officer, political section", Portfolio.HUMAN_RIGHTS,
                    "hro.dhaka@example.org", null)), 0.7),
        new EmbassyPlan(new NewEmbassy("QA", "Doha", "https://qa.usembassy.gov"),
            "End forced labour on construction sites", List.of(
                new NewOfficer(null, "Sarah Lind", "Labor officer", Portfolio.LABOR, "labor.doha@example.org", null)),
            0.35),
        new EmbassyPlan(new NewEmbassy("KH", "Phnom Penh", "https://kh.usembassy.gov"),
            "Freedom of association for garment and tourism workers", List.of(
                new NewOfficer(null, "Sok Dara", "Labor officer", Portfolio.LABOR, "labor.phnompenh@example.org", null)),
            0.15)),
        new NewOfficer(null, "Peter Alvarez", "Bureau of International Labor Affairs", Portfolio.LABOR,
            "ilab@example.org", null),
        List.of("Garment Workers' Federation", "Migrant Rights Network", "Construction Workers' Union"),
        List.of("Union organisers dismissed after a strike vote", "Wages withheld for three months",
            "Factory fire exits locked during shifts", "Migrant workers' passports held by the agency",
            "Strikers arrested at the factory gate", "Union registration refused without reason",
            "Workers blacklisted after speaking to auditors", "Child labour found at a supplier"),
        List.of(Theme.LABOR_RIGHTS, Theme.FREEDOM_OF_ASSEMBLY));
  }

  private DemoCasts() {}
}
