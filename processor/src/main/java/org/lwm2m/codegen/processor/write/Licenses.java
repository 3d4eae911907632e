package org.lwm2m.codegen.processor.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The licence header of object XML written from annotated interfaces ({@code lwm2m.license}):
 * {@code BSD-3-Clause} (the default), {@code OMA-BSD-3-Clause} (the wording the OMA registry asks
 * of submissions), or the text of a file.
 */
public final class Licenses {
  private Licenses() {}

  private static final String BSD_3_CLAUSE =
      String.join(
          "\n",
          "Copyright (c) the authors of this object definition. All rights reserved.",
          "",
          "Redistribution and use in source and binary forms, with or without modification, are",
          "permitted provided that the following conditions are met:",
          "",
          "1. Redistributions of source code must retain the above copyright notice, this list of",
          "   conditions and the following disclaimer.",
          "2. Redistributions in binary form must reproduce the above copyright notice, this list of",
          "   conditions and the following disclaimer in the documentation and/or other materials",
          "   provided with the distribution.",
          "3. Neither the name of the copyright holder nor the names of its contributors may be used",
          "   to endorse or promote products derived from this software without specific prior",
          "   written permission.",
          "",
          "THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS \"AS IS\" AND ANY EXPRESS",
          "OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF",
          "MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE",
          "COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL,",
          "EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF",
          "SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION)",
          "HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR",
          "TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS",
          "SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.");

  private static final String OMA_HEADER =
      String.join(
          "\n",
          "FILE INFORMATION",
          "",
          "OMA Permanent Document",
          "   Type: XML",
          "   Class: LwM2M object definition, submitted to the OMNA LwM2M registry",
          "",
          "Released under the BSD-3-Clause licence:",
          "");

  /** Whether {@code option} names a built-in licence rather than a file. */
  public static boolean isBuiltIn(String option) {
    return option.equals("BSD-3-Clause") || option.equals("OMA-BSD-3-Clause");
  }

  /**
   * The licence text for {@code option}.
   *
   * @throws IOException when the option names a file that cannot be read
   */
  public static String text(String option) throws IOException {
    switch (option) {
      case "BSD-3-Clause":
        return BSD_3_CLAUSE;
      case "OMA-BSD-3-Clause":
        return OMA_HEADER + "\n" + BSD_3_CLAUSE;
      default:
        return Files.readString(Path.of(option), StandardCharsets.UTF_8).strip();
    }
  }
}
