package org.lwm2m.codegen.processor.read;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.QualifiedNameable;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import org.lwm2m.codegen.annotations.LwM2mObject;
import org.lwm2m.codegen.annotations.LwM2mResource;
import org.lwm2m.codegen.processor.model.ResourceBinding.JavaForm;
import org.lwm2m.codegen.processor.model.UserMembers;
import org.lwm2m.codegen.processor.validate.Message;
import org.lwm2m.codegen.schema.Location;
import org.lwm2m.codegen.schema.ObjectDefinition;
import org.lwm2m.codegen.schema.Operations;
import org.lwm2m.codegen.schema.Problem;
import org.lwm2m.codegen.schema.ResourceDefinition;
import org.lwm2m.codegen.schema.ResourceType;

/**
 * Reads an {@code @LwM2mObject} interface into the same {@link ObjectDefinition} object XML gives,
 * so the same rules and generators serve both inputs. Checks what only interfaces can get wrong:
 * unsupported Java types, a missing or mismatched setter, execute methods with a result or odd
 * parameters, abstract methods that are not resources. Locations are the source positions javac
 * knows (file, line, column), each mapped back to its element.
 */
public final class AnnotationReader {

  private static final String ARGUMENTS = "org.eclipse.leshan.core.request.argument.Arguments";

  private final ProcessingEnvironment env;
  private final Trees trees;

  public AnnotationReader(ProcessingEnvironment env) {
    this.env = env;
    this.trees = treesOf(env);
  }

  private static Trees treesOf(ProcessingEnvironment env) {
    try {
      return Trees.instance(env);
    } catch (RuntimeException | LinkageError e) {
      return null; // not javac: locations fall back to element names
    }
  }

  public AnnotatedObject read(TypeElement type) {
    List<Problem> problems = new ArrayList<>();
    Map<Location, Element> elements = new HashMap<>();
    Location at = locate(type, elements);
    if (type.getKind() != ElementKind.INTERFACE) {
      problems.add(Message.INTERFACE_NOT_INTERFACE.at(at, kind(type)));
      return new AnnotatedObject(type, null, Map.of(), problems, elements);
    }
    LwM2mObject object = type.getAnnotation(LwM2mObject.class);
    List<ResourceDefinition> resources = new ArrayList<>();
    Map<Integer, UserMembers> members = new LinkedHashMap<>();
    List<ExecutableElement> methods = ElementFilter.methodsIn(type.getEnclosedElements());
    for (ExecutableElement method : methods) {
      LwM2mResource resource = method.getAnnotation(LwM2mResource.class);
      if (resource != null) {
        readResource(method, resource, methods, resources, members, problems, elements);
      } else if (method.getModifiers().contains(Modifier.ABSTRACT) && !isPairedSetter(method, methods)) {
        problems.add(
            Message.INTERFACE_METHOD.at(locate(method, elements), method.getSimpleName()));
      }
    }
    if (object.id() == ObjectDefinition.UNREADABLE_ID) {
      problems.add(Message.OBJECT_ID_RANGE.at(at, object.id())); // the reader's mark for an ID it could not read
    }
    Map<String, Location> objectElements = new HashMap<>();
    for (String element : List.of("Name", "Description1", "ObjectID", "ObjectURN", "LWM2MVersion", "ObjectVersion", "MultipleInstances", "Mandatory", "Description2")) {
      objectElements.put(element, at);
    }
    ObjectDefinition definition =
        new ObjectDefinition(
            object.name(),
            object.description(),
            object.id(),
            object.urn().isEmpty() ? derivedUrn(object.id(), object.version()) : object.urn(),
            object.lwm2mVersion(),
            object.version(),
            object.multiple(),
            object.mandatory(),
            resources,
            object.description2(),
            null,
            null,
            at,
            objectElements);
    return new AnnotatedObject(type, definition, members, problems, elements);
  }

  /** {@code urn:oma:lwm2m:{oma|ext|x}:{id}}, with {@code :{version}} unless it is 1.0. */
  public static String derivedUrn(int id, String version) {
    String kind = id >= 0 && id <= 1023 ? "oma" : id >= 2048 && id <= 10240 ? "ext" : "x";
    return "urn:oma:lwm2m:" + kind + ":" + id + (version.equals("1.0") ? "" : ":" + version);
  }

  private void readResource(
      ExecutableElement method,
      LwM2mResource resource,
      List<ExecutableElement> methods,
      List<ResourceDefinition> resources,
      Map<Integer, UserMembers> members,
      List<Problem> problems,
      Map<Location, Element> elements) {
    Location at = locate(method, elements);
    String name = method.getSimpleName().toString();
    Operations operations = Operations.valueOf(resource.operations().name());
    TypeMirror valueType = null;
    String getter = null;
    String setter = null;
    String execute = null;
    boolean takesArguments = false;
    switch (operations) {
      case E:
        execute = name;
        if (method.getReturnType().getKind() != TypeKind.VOID) {
          problems.add(Message.EXECUTE_RESULT.at(at, name));
        }
        takesArguments = method.getParameters().size() == 1 && isType(method.getParameters().get(0).asType(), ARGUMENTS);
        if (!(method.getParameters().isEmpty() || takesArguments)) {
          problems.add(Message.EXECUTE_PARAMETERS.at(at, name));
        }
        break;
      case W:
        setter = name;
        if (method.getParameters().size() != 1 || method.getReturnType().getKind() != TypeKind.VOID) {
          problems.add(Message.WRITE_ONLY_SHAPE.at(at, name));
        } else {
          valueType = method.getParameters().get(0).asType();
        }
        break;
      default: // R, RW, NONE: the annotated method is the getter
        getter = name;
        if (!method.getParameters().isEmpty() || method.getReturnType().getKind() == TypeKind.VOID) {
          problems.add(Message.GETTER_SHAPE.at(at, name));
        } else {
          valueType = method.getReturnType();
        }
        if (operations == Operations.RW) {
          setter = setterName(name);
          ExecutableElement pair = find(methods, setter);
          if (pair == null) {
            problems.add(Message.SETTER_MISSING.at(at, name, setter));
          } else if (valueType != null
              && (pair.getParameters().size() != 1
                  || !env.getTypeUtils().isSameType(pair.getParameters().get(0).asType(), valueType))) {
            problems.add(
                Message.SETTER_TYPE.at(locate(pair, elements), setter, valueType, name));
          }
        }
    }
    ValueShape shape = valueType == null ? null : shape(valueType);
    ResourceType type = ResourceType.NONE;
    boolean multiple = false;
    JavaForm form = JavaForm.STANDARD;
    if (valueType != null) {
      if (shape == null) {
        problems.add(
            Message.JAVA_TYPE.at(at, name, valueType));
      } else {
        type = shape.type;
        multiple = shape.multiple;
        form = shape.form;
      }
    }
    if (!resource.type().isEmpty()) {
      ResourceType declared = ResourceType.fromXml(resource.type());
      if (declared == null) {
        problems.add(Message.TYPE_NAME.at(at, resource.type()));
      } else if (shape != null && declared != type) {
        problems.add(
            Message.TYPE_MISMATCH.at(at, resource.type(), valueType, type.xml()));
      } else {
        type = declared;
      }
    }
    Map<String, Location> resourceElements = new HashMap<>();
    for (String element : List.of("Name", "Operations", "MultipleInstances", "Mandatory", "Type", "RangeEnumeration", "Units", "Description")) {
      resourceElements.put(element, at);
    }
    if (resource.id() == ObjectDefinition.UNREADABLE_ID) {
      problems.add(Message.RESOURCE_ID_RANGE.at(at, resource.id()));
    }
    resources.add(
        new ResourceDefinition(
            resource.id(), resource.name(), operations, multiple, resource.mandatory(), type, resource.range(), resource.units(),
            resource.description(), at, resourceElements));
    members.put(resource.id(), new UserMembers(getter, setter, execute, takesArguments, form));
  }

  /** A Java value type as a resource type: single or multiple, and how it is spelled. */
  private record ValueShape(ResourceType type, boolean multiple, JavaForm form) {}

  private ValueShape shape(TypeMirror t) {
    if (t.getKind() == TypeKind.DECLARED && isType(env.getTypeUtils().erasure(t), "java.util.Map")) {
      List<? extends TypeMirror> args = ((DeclaredType) t).getTypeArguments();
      if (args.size() != 2 || !isType(args.get(0), "java.lang.Integer")) {
        return null;
      }
      ValueShape element = shape(args.get(1));
      // Map values are boxed; Date is not supported in maps (Instant is).
      return element == null || element.form == JavaForm.DATE ? null : new ValueShape(element.type, true, JavaForm.STANDARD);
    }
    switch (t.getKind()) {
      case LONG:
        return new ValueShape(ResourceType.INTEGER, false, JavaForm.STANDARD);
      case DOUBLE:
        return new ValueShape(ResourceType.FLOAT, false, JavaForm.STANDARD);
      case BOOLEAN:
        return new ValueShape(ResourceType.BOOLEAN, false, JavaForm.STANDARD);
      case ARRAY:
        TypeMirror component = ((javax.lang.model.type.ArrayType) t).getComponentType();
        if (component.getKind() == TypeKind.BYTE) {
          return new ValueShape(ResourceType.OPAQUE, false, JavaForm.STANDARD);
        }
        return isType(component, "org.eclipse.leshan.core.link.Link") ? new ValueShape(ResourceType.CORELNK, false, JavaForm.STANDARD) : null;
      case DECLARED:
        String name = ((TypeElement) ((DeclaredType) t).asElement()).getQualifiedName().toString();
        switch (name) {
          case "java.lang.String":
            return new ValueShape(ResourceType.STRING, false, JavaForm.STANDARD);
          case "java.lang.Long":
            return new ValueShape(ResourceType.INTEGER, false, JavaForm.BOXED);
          case "java.lang.Double":
            return new ValueShape(ResourceType.FLOAT, false, JavaForm.BOXED);
          case "java.lang.Boolean":
            return new ValueShape(ResourceType.BOOLEAN, false, JavaForm.BOXED);
          case "org.eclipse.leshan.core.util.datatype.ULong":
            return new ValueShape(ResourceType.UNSIGNED_INTEGER, false, JavaForm.STANDARD);
          case "java.time.Instant":
            return new ValueShape(ResourceType.TIME, false, JavaForm.STANDARD);
          case "java.util.Date":
            return new ValueShape(ResourceType.TIME, false, JavaForm.DATE);
          case "org.eclipse.leshan.core.node.ObjectLink":
            return new ValueShape(ResourceType.OBJLNK, false, JavaForm.STANDARD);
          default:
            return null;
        }
      default:
        return null;
    }
  }

  /** {@code open} gives {@code setOpen}, {@code getLevel} {@code setLevel}, {@code isOn} {@code setOn}. */
  static String setterName(String getter) {
    String base = getter;
    if (base.startsWith("get") && base.length() > 3 && Character.isUpperCase(base.charAt(3))) {
      base = base.substring(3);
    } else if (base.startsWith("is") && base.length() > 2 && Character.isUpperCase(base.charAt(2))) {
      base = base.substring(2);
    }
    return "set" + Character.toUpperCase(base.charAt(0)) + base.substring(1);
  }

  /** True for an unannotated setter that pairs with an RW getter of the interface. */
  private static boolean isPairedSetter(ExecutableElement method, List<ExecutableElement> methods) {
    for (ExecutableElement m : methods) {
      LwM2mResource r = m.getAnnotation(LwM2mResource.class);
      if (r != null && r.operations() == org.lwm2m.codegen.annotations.Operations.RW
          && setterName(m.getSimpleName().toString()).contentEquals(method.getSimpleName())) {
        return true;
      }
    }
    return false;
  }

  private static ExecutableElement find(List<ExecutableElement> methods, String name) {
    for (ExecutableElement m : methods) {
      if (m.getSimpleName().contentEquals(name) && m.getAnnotation(LwM2mResource.class) == null) {
        return m;
      }
    }
    return null;
  }

  private boolean isType(TypeMirror t, String qualifiedName) {
    return t.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) t).asElement()).getQualifiedName().contentEquals(qualifiedName);
  }

  /** Where javac has the element (file name, line, column), remembered for reporting. */
  private Location locate(Element element, Map<Location, Element> elements) {
    Location location = position(element);
    elements.putIfAbsent(location, element);
    return location;
  }

  private Location position(Element element) {
    if (trees != null) {
      TreePath path = trees.getPath(element);
      if (path != null) {
        CompilationUnitTree unit = path.getCompilationUnit();
        SourcePositions positions = trees.getSourcePositions();
        long start = positions.getStartPosition(unit, path.getLeaf());
        String file = unit.getSourceFile().getName();
        file = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        if (start >= 0 && unit.getLineMap() != null) {
          return new Location(file, (int) unit.getLineMap().getLineNumber(start), (int) unit.getLineMap().getColumnNumber(start));
        }
      }
    }
    // No javac Trees (ecj): a top-level type is in its own file, as javac would name it; a member
    // gets its qualified name, which keeps one location per element.
    if (element instanceof TypeElement type && type.getNestingKind() == NestingKind.TOP_LEVEL) {
      return Location.of(type.getSimpleName() + ".java");
    }
    Element owner = element.getEnclosingElement();
    String ownerName = owner instanceof QualifiedNameable q ? q.getQualifiedName().toString() : String.valueOf(owner);
    return Location.of(ownerName + "." + element.getSimpleName());
  }

  private static String kind(Element e) {
    return e.getKind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
