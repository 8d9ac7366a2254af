package org.claimtrail.extraction;

import org.claimtrail.api.quantity.UnitNormalizer;
import org.claimtrail.extraction.candidate.CandidateFinder;
import org.claimtrail.extraction.reading.ArticleReader;
import org.claimtrail.platform.role.ConditionalOnRole;
import org.claimtrail.platform.role.NodeRole;
import org.claimtrail.platform.schema.ModuleSchema;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

import javax.sql.DataSource;

/**
 * Claim extraction, part of the command role since it proposes claims: the extraction endpoints, the tables that
 * keep each article with what the machine found and what people accepted, and the OpenNLP models, loaded once.
 */
@AutoConfiguration
@ConditionalOnRole(NodeRole.COMMAND)
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM,
        classes = AutoConfigurationExcludeFilter.class))
public class ExtractionAutoConfiguration {

    @Bean
    ModuleSchema extractionSchema(DataSource dataSource) {
        return new ModuleSchema(dataSource, "extraction");
    }

    @Bean
    ArticleReader articleReader() {
        return new ArticleReader();
    }

    /** The unit normaliser is the command role's, with the configured synonyms. */
    @Bean
    CandidateFinder candidateFinder(ArticleReader articleReader, UnitNormalizer unitNormalizer) {
        return new CandidateFinder(articleReader, unitNormalizer);
    }
}
