package org.reliefledger.testing;

import jakarta.ejb.SessionContext;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.function.Function;

/**
 * A boundary bean wired by hand over a Java SE persistence unit: one entity manager shared by the
 * bean and everything it injects, and one resource-local transaction per call — what the container
 * does for a {@code @Stateless} bean, minus the container. Not thread-safe: give each thread its
 * own.
 */
public final class JpaBoundary<B> implements AutoCloseable {

  private final EntityManager em;
  private final B bean;

  public JpaBoundary(EntityManagerFactory factory, Class<B> type) {
    this.em = factory.createEntityManager();
    this.bean = wire(type, em);
  }

  /** Runs {@code call} in its own transaction, as a container-managed business method would. */
  public <T> T call(Function<B, T> call) {
    em.getTransaction().begin();
    try {
      T result = call.apply(bean);
      em.getTransaction().commit();
      return result;
    } catch (RuntimeException e) {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      throw e;
    } finally {
      em.clear();
    }
  }

  @Override
  public void close() {
    em.close();
  }

  private static <T> T wire(Class<T> type, EntityManager em) {
    try {
      var constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      T instance = constructor.newInstance();
      for (Field field : type.getDeclaredFields()) {
        field.setAccessible(true);
        if (field.isAnnotationPresent(PersistenceContext.class)) {
          field.set(instance, em);
        } else if (field.getType() == SessionContext.class) {
          field.set(instance, signedIn(CALLER));
        } else if (field.isAnnotationPresent(Inject.class)) {
          field.set(
              instance, field.getType() == Instance.class ? nothing() : wire(field.getType(), em));
        }
      }
      return instance;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The user every call runs as, so audit events have an actor. */
  public static final String CALLER = "treasurer-test";

  /** A session context whose caller is {@code name}. */
  private static SessionContext signedIn(String name) {
    Principal principal = () -> name;
    return (SessionContext)
        Proxy.newProxyInstance(
            SessionContext.class.getClassLoader(),
            new Class<?>[] {SessionContext.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getCallerPrincipal")) {
                return principal;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  /** An {@code Instance} that no bean satisfies. */
  private static Instance<?> nothing() {
    return (Instance<?>)
        Proxy.newProxyInstance(
            Instance.class.getClassLoader(),
            new Class<?>[] {Instance.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "isResolvable", "isAmbiguous" -> false;
                  case "isUnsatisfied" -> true;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
