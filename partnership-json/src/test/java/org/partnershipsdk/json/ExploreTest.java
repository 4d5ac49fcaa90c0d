package org.partnershipsdk.json;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.*;

class ExploreTest {
  PartnershipJson json = PartnershipJson.create();

  void tryRead(DocumentType<?> t, String s) {
    try {
      System.out.println("OK " + json.read(t, s));
    } catch (JsonReadException e) {
      System.out.println(e.code() + " | " + e.problems());
    } catch (Throwable e) {
      System.out.println("LEAK " + e);
      e.printStackTrace(System.out);
    }
  }

  @Test
  void explore() {
    Territory t = Territory.builder().country(CountryCode.of("BJ")).name("Kpomassé").putUnknownProperty("z", "{\"a\":[1,2.50e3,\"é\"]}").build();
    String s = json.write(TestDocuments.TERRITORY, t);
    System.out.println(s);
    System.out.println(json.read(TestDocuments.TERRITORY, s).equals(t));
    System.out.println(json.indented().write(TestDocuments.PERIOD, Period.of(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 7))));
    Sample sample = new Sample(InitiativeId.of("i-1"), Money.of("1200.50", "EUR"), CountryCode.FRANCE, FieldOfAction.HEALTH,
        List.of(Sdg.CLEAN_WATER), List.of(t), Period.unknown());
    String ss = json.write(TestDocuments.SAMPLE, sample);
    System.out.println(ss);
    tryRead(TestDocuments.SAMPLE, ss);
    String h = "{\"type\":\"test-territory\",\"schemaVersion\":\"1.0\",\"data\":";
    tryRead(TestDocuments.TERRITORY, h + "{\"country\":\"FR\",\"name\":12}}");
    tryRead(TestDocuments.TERRITORY, h + "{\"country\":\"FR\",\"name\":null}}");
    tryRead(TestDocuments.TERRITORY, h + "{\"country\":\"FR\",\"name\":{\"x\":1}}}");
    tryRead(TestDocuments.TERRITORY, h + "{\"country\":\"FR\",\"name\":[1]}}");
    tryRead(TestDocuments.TERRITORY, h + "{\"country\":\"FR\",\"name\":\"\"}}");
    tryRead(TestDocuments.TERRITORY, h + "{\"name\":\"x\"}}");
    tryRead(TestDocuments.TERRITORY, h + "{\"country\":\"FR\",\"name\":\"x\",\"level\":\"city\"}}");
    tryRead(TestDocuments.TERRITORY, h + "{\"country\":\"FR\",\"name\":\"x\",\"name\":\"y\"}}");
    tryRead(TestDocuments.TERRITORY, h + "{\"country\":\"FR\",\"name\":\"x\"}} {}");
    tryRead(TestDocuments.TERRITORY, h + "{\"country\":\"FR\",\"name\":\"x\"");
    tryRead(TestDocuments.TERRITORY, h + "{\"country\":\"FR\",\"name\":\"x\",\"a/b\":{\"c\":[1,{\"d\":2}]}}}");
    tryRead(TestDocuments.TERRITORY, "{\"data\":{\"country\":\"FR\",\"name\":\"x\"},\"schemaVersion\":\"1.7\",\"type\":\"test-territory\"}");
    tryRead(TestDocuments.TERRITORY, "{\"data\":{\"country\":\"FR\",\"name\":\"x\"},\"schemaVersion\":\"2.0\",\"type\":\"test-territory\"}");
    tryRead(TestDocuments.PERIOD, "{\"type\":\"test-period\",\"schemaVersion\":\"1.0\",\"data\":{\"start\":\"2022-02-30\"}}");
    tryRead(TestDocuments.PERIOD, "{\"type\":\"test-period\",\"schemaVersion\":\"1.0\",\"data\":{\"start\":[2022,2,3]}}");
    String sh = "{\"type\":\"test-sample\",\"schemaVersion\":\"1.0\",\"data\":";
    tryRead(TestDocuments.SAMPLE, sh + "{\"budget\":{\"amount\":\"1e3\",\"currency\":\"EUR\"}}}");
    tryRead(TestDocuments.SAMPLE, sh + "{\"budget\":{\"amount\":1e3,\"currency\":\"EUR\"}}}");
    tryRead(TestDocuments.SAMPLE, sh + "{\"budget\":{\"amount\":1e999999,\"currency\":\"EUR\"}}}");
    tryRead(TestDocuments.SAMPLE, sh + "{\"budget\":{\"currency\":\"EUR\"}}}");
    tryRead(TestDocuments.SAMPLE, sh + "{\"budget\":{\"amount\":\"1\",\"currency\":\"EUR\",\"rate\":2}}}");
    tryRead(TestDocuments.SAMPLE, sh + "{\"goals\":[\"sdg-6\",\"sdg-99\"]}}");
    tryRead(TestDocuments.SAMPLE, sh + "{\"goals\":[\"sdg-6\",null]}}");
    tryRead(TestDocuments.SAMPLE, sh + "{\"id\":\"\"}}");
    tryRead(TestDocuments.SAMPLE, sh + "{\"id\":12}}");
    tryRead(TestDocuments.SAMPLE, sh + "{\"territories\":[{\"country\":\"FR\"}]}}");
    tryRead(TestDocuments.SAMPLE, sh + "{\"territories\":[{\"country\":\"FR\",\"name\":\"x\",\"level\":5}]}}");
    tryRead(TestDocuments.TERRITORY, h + "[".repeat(100) + "]".repeat(100) + "}");
    tryRead(TestDocuments.TERRITORY, "");
    tryRead(TestDocuments.TERRITORY, "[]");
    tryRead(TestDocuments.TERRITORY, "{\"type\":\"test-period\",\"schemaVersion\":\"1.0\",\"data\":{}}");
    try { System.out.println(json.strict().read(TestDocuments.TERRITORY, h + "{\"country\":\"FR\",\"name\":\"x\",\"a\":{\"c\":[1]},\"b\":[1]}, \"extra\":1}")); } catch (JsonReadException e) { System.out.println(e.getMessage()); System.out.println(e.getMessage(java.util.Locale.FRENCH)); }
    try { System.out.println(json.validating().read(TestDocuments.TERRITORY, h + "{\"country\":\"XX\",\"name\":\" \"}}")); } catch (JsonReadException e) { System.out.println(e.getMessage()); }
    try { json.write(TestDocuments.TERRITORY, t.withUnknownProperties(java.util.Map.of("q", "}{"))); } catch (Exception e) { System.out.println(e); }
  }
}
