package frontdoor.service;

import java.util.Optional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.data.relational.RelationalManagedTypes;
import org.springframework.data.relational.core.mapping.NamingStrategy;

/**
 * Spring Data JDBC with unquoted names, so the lower-case names in the entities and the migrations mean
 * the same table on H2 (which folds to upper case) and PostgreSQL (lower case).
 */
@Configuration
class JdbcConfiguration extends AbstractJdbcConfiguration {

    @Override
    public JdbcMappingContext jdbcMappingContext(Optional<NamingStrategy> namingStrategy, JdbcCustomConversions conversions,
                                                 RelationalManagedTypes managedTypes) {
        JdbcMappingContext context = super.jdbcMappingContext(namingStrategy, conversions, managedTypes);
        context.setForceQuote(false);
        return context;
    }
}
