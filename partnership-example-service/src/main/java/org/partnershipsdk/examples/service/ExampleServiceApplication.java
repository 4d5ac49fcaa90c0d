package org.partnershipsdk.examples.service;

import java.time.Clock;
import org.partnershipsdk.testkit.RealCases;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A small REST API over the real cases, on partnership-spring-boot-starter: validate and add an
 * initiative, check a portfolio, serve the JSON Schemas. Run it with
 * {@code ./mvnw -pl partnership-example-service -am -DskipTests package} then
 * {@code java -jar partnership-example-service/target/partnership-example-service.jar}; the README
 * has the curl session.
 */
@SpringBootApplication
public class ExampleServiceApplication {
  /**
   * @param args Spring Boot's arguments, such as {@code --server.port=8081}
   */
  public static void main(String[] args) {
    SpringApplication.run(ExampleServiceApplication.class, args);
  }

  /**
   * The rules' today: the day the real cases describe (illustrative, as their dates are), so that
   * the findings are the same on every run. The starter reads it.
   *
   * @return a clock fixed on that day
   */
  @Bean
  Clock clock() {
    return RealCases.clock();
  }
}
