package app.innkeep.cloud.db;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.sql.SQLException;

/** Turns Micronaut Data's report of a refused write into {@link Db.ConstraintViolated}; anything else passes. */
@Singleton
@InterceptorBean(TranslatesConstraintViolations.class)
class ConstraintViolationTranslation implements MethodInterceptor<Object, Object> {

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        try {
            return context.proceed();
        } catch (DataAccessException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && Db.ConstraintViolated.isViolation(sql)) {
                    throw new Db.ConstraintViolated(sql);
                }
            }
            throw e;
        }
    }
}
