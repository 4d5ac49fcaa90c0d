package org.partnershipsdk.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.FieldOfAction;

/** Every field of action maps onto a code the shipped IATI Sector list (OECD DAC 5-digit) holds and keeps active. */
class DacSectorsTest {
  private static final String SECTOR_LIST = "/partnership-sdk/iati/2.03/codelists/Sector.csv";

  @Test
  void everyFieldOfActionsDacSectorIsAnActiveCodeOfTheSectorList() throws IOException {
    Map<String, String> statusByCode = statusByCode();
    assertThat(statusByCode).as("the shipped Sector list").hasSizeGreaterThan(200);
    for (FieldOfAction field : FieldOfAction.values()) {
      assertThat(statusByCode.get(field.dacSectorCode())).as(field + " → " + field.dacSectorCode()).isEqualTo("active");
    }
  }

  /** The Sector list's codes and their status, read from its CSV (quoted fields may hold commas). */
  private static Map<String, String> statusByCode() throws IOException {
    String text;
    try (InputStream in = DacSectorsTest.class.getResourceAsStream(SECTOR_LIST)) {
      assertThat(in).as(SECTOR_LIST).isNotNull();
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<List<String>> rows = rows(text);
    List<String> header = rows.get(0);
    int code = header.indexOf("code");
    int status = header.indexOf("status");
    Map<String, String> statusByCode = new HashMap<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() > status) {
        statusByCode.put(row.get(code), row.get(status));
      }
    }
    return statusByCode;
  }

  private static List<List<String>> rows(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else if (c != '\r') {
        field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
