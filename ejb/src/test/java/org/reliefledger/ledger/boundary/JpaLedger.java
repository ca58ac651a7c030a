package org.reliefledger.ledger.boundary;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.function.Function;

/**
 * A {@link Ledger} wired by hand over a Java SE persistence unit, with one entity manager and one
 * resource-local transaction per call — what the container does for a {@code @Stateless} bean,
 * minus the container. Not thread-safe: give each thread its own.
 */
final class JpaLedger implements AutoCloseable {

  private final EntityManager em;
  private final Ledger ledger;

  JpaLedger(EntityManagerFactory factory) {
    this.em = factory.createEntityManager();
    this.ledger = wire(Ledger.class, em);
  }

  /** Runs {@code call} in its own transaction, as a container-managed business method would. */
  <T> T call(Function<Ledger, T> call) {
    em.getTransaction().begin();
    try {
      T result = call.apply(ledger);
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
