package org.lwm2m.codegen.schema;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;

/** Validates a document against one of the cached schemas and collects every error. */
final class SchemaValidation {

  /** Xerces prefixes its messages with the spec clause ("cvc-complex-type.2.4.a: "). */
  private static final Pattern CLAUSE = Pattern.compile("^cvc-[A-Za-z0-9.\\-]+:\\s*");

  /**
   * Clauses Xerces reports right after a datatype or enumeration error at the same place, naming
   * the element or attribute: merged into that error so one bad value is one problem.
   */
  private static final Pattern FOLLOW_UP =
      Pattern.compile("^cvc-(type\\.3\\.1\\.3|attribute\\.3):.*", Pattern.DOTALL);

  private SchemaValidation() {}

  /**
   * Every schema error and warning of {@code content} against {@code version}, in document order.
   * The input is parsed again with a secure reader; a fatal parse error (which the well-formedness
   * pass has normally ruled out) ends validation and is reported as rule {@code xml}.
   */
  static List<Problem> validate(SchemaVersion version, String file, byte[] content) {
    List<Problem> problems = new ArrayList<>();
    Validator validator = SchemaCache.get(version).newValidator();
    try {
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
      throw new IllegalStateException("cannot secure the schema validator", e);
    }
    validator.setErrorHandler(new Collector(file, problems));
    try {
      validator.validate(new SAXSource(SecureXml.newReader(), SecureXml.input(content)));
    } catch (SAXParseException e) {
      problems.add(Problem.error(SchemaRules.XML, location(file, e), e.getMessage()));
    } catch (SAXException | IOException | RuntimeException e) {
      problems.add(Problem.error(SchemaRules.XML, Location.of(file), "cannot validate: " + e));
    }
    return problems;
  }

  /** An error handler that adds every schema error and warning to {@code problems}. */
  static ErrorHandler collector(String file, List<Problem> problems) {
    return new Collector(file, problems);
  }

  static String clean(String message) {
    return message == null ? "invalid" : CLAUSE.matcher(message).replaceFirst("");
  }

  static Location location(String file, SAXParseException e) {
    return new Location(file, Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber()));
  }

  /** Records and continues, so that every error is reported, not only the first. */
  private record Collector(String file, List<Problem> problems) implements ErrorHandler {

    @Override
    public void warning(SAXParseException e) {
      problems.add(Problem.warning(SchemaRules.SCHEMA_LENIENT, location(file, e), clean(e.getMessage())));
    }

    @Override
    public void error(SAXParseException e) {
      Location at = location(file, e);
      String message = clean(e.getMessage());
      int last = problems.size() - 1;
      if (last >= 0 && e.getMessage() != null && FOLLOW_UP.matcher(e.getMessage()).matches()) {
        Problem previous = problems.get(last);
        if (previous.isError() && previous.location().equals(at)) {
          problems.set(last,
              Problem.error(SchemaRules.SCHEMA, at, message + " " + previous.message()));
          return;
        }
      }
      problems.add(Problem.error(SchemaRules.SCHEMA, at, message));
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
      throw e;
    }
  }
}
