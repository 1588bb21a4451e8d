package org.liaison;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Liaison: case tracking and convening workflows for coalitions working with U.S. embassies. */
@SpringBootApplication
public class LiaisonApplication {

  public static void main(String[] args) {
    SpringApplication.run(LiaisonApplication.class, args);
  }
}
