package org.partnershipsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What Maven Central receives: the modules the BOM lists, each jar with its sources and Javadoc
 * jars, and none of the others (the Central plugin ignores {@code maven.deploy.skip}, so the
 * release profile must name every unpublished module); CONTRIBUTING.md names both lists.
 */
class PublishedModulesTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void everyModuleIsPublishedWithItsSourcesAndJavadocOrExcludedFromTheUpload() throws Exception {
    Document parent = read(ROOT.resolve("pom.xml"));
    List<String> modules = texts(parent, "module");
    List<String> published = texts(read(ROOT.resolve("partnership-bom/pom.xml")), "artifactId").stream()
        .filter(modules::contains).toList();
    List<String> excluded = texts(parent, "artifact");
    String contributing = Files.readString(ROOT.resolve("CONTRIBUTING.md"), StandardCharsets.UTF_8);

    assertThat(published).as("published modules").isNotEmpty();
    for (String module : modules) {
      Path pom = ROOT.resolve(module).resolve("pom.xml");
      String text = Files.readString(pom, StandardCharsets.UTF_8);
      assertThat(contributing).as("CONTRIBUTING.md names %s", module).contains("`" + module + "`");
      if (published.contains(module) || module.equals("partnership-bom")) {
        assertThat(excluded).as("%s is uploaded", module).doesNotContain(module);
        if (!text.contains("<packaging>pom</packaging>") && !Files.isDirectory(ROOT.resolve(module).resolve("src/main/java"))) {
          assertThat(text).as("%s has no code: its pom packages a sources and a Javadoc jar", module)
              .contains("<classifier>sources</classifier>").contains("<classifier>javadoc</classifier>");
        }
      } else {
        assertThat(text).as("%s is not deployed", module).contains("<maven.deploy.skip>true</maven.deploy.skip>");
        assertThat(excluded).as("the release profile's excludeArtifacts name %s", module).contains(module);
      }
    }
  }

  private static Document read(Path pom) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
  }

  private static List<String> texts(Document pom, String tag) {
    NodeList nodes = pom.getElementsByTagName(tag);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(((Element) nodes.item(i)).getTextContent().trim());
    }
    return texts;
  }
}
