// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "events/recommender.h"
#include "plugin/pluginlibrary.h"
#include "plugin/slatecheck.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace td::plugin {

/// Slate::policy of every slate an outside recommender (plugin, Python) answers: not one of
/// the pipeline's PolicyKind values.
inline constexpr std::uint8_t kExternalPolicyId = 255;

/// The seed of `listener`'s stream on `day` that outside recommenders draw from
/// (base::Purpose::External): tastedrift_request.seed, Request.seed in Python.
std::uint64_t externalSeed(std::uint64_t runSeed, ListenerId listener, Day day);

/// The observable catalogue as the C interface shows it (pointers into `catalog`, names as
/// C strings): valid while `catalog` lives and this object is not rebuilt.
class CatalogView
{
public:
    void build(const events::ObservableCatalog &catalog);
    bool builtFor(const events::ObservableCatalog &catalog) const
    {
        return m_source == &catalog && m_view.track_count == catalog.trackCount();
    }
    const tastedrift_catalog &view() const { return m_view; }

private:
    const events::ObservableCatalog *m_source = nullptr;
    tastedrift_catalog m_view {};
    std::vector<const char *> m_genreNames, m_artistNames, m_trackNames;
    /// The labels as interface version 1 carries them (16-bit); the factory refuses a
    /// catalogue whose labels do not fit (sim::makeRecommender).
    std::vector<std::int16_t> m_genre16, m_subgenre16;
};

/// events::Event as the C interface shows it.
tastedrift_event toPluginEvent(const events::Event &e);

/// An events::Recommender backed by a plugin library (recommender.kind = plugin; docs/
/// extending.md). It converts requests and events to the C structs, gives every request the
/// listener's seed for the day (externalSeed), and checks every answer (SlateCheck) and every
/// status the plugin returns: a broken contract throws PluginError, which stops the run.
///
/// Threading: the events::Recommender contract, passed on to the plugin unchanged (recommend()
/// and endSession() concurrently for different listeners; beginDay() and endDay() alone).
class PluginRecommender final : public events::Recommender
{
public:
    struct Config
    {
        std::string path; ///< the library, resolved (it must exist)
        std::string options; ///< recommender.plugin.options
        std::uint64_t runSeed = 1;
        int slateSize = 20;
    };
    /// Loads the library and creates an instance. Throws PluginError.
    explicit PluginRecommender(const Config &config);
    ~PluginRecommender() override;

    const char *name() const override { return m_name.c_str(); }
    void beginDay(Day day, const events::ObservableCatalog &catalog,
        const events::PopulationView &population) override;
    void recommend(const events::RecRequest &req, base::Rng &policyRng, events::Slate &out,
        events::RequestTrace *trace) override;
    void endSession(ListenerId listener, const events::Event *events, std::size_t count) override;
    void endDay(Day day, const std::vector<events::Event> &events) override;

private:
    /// Throws PluginError for a non-zero status of callback `what`.
    void checkStatus(int status, const char *what, const tastedrift_error &error) const;

    std::unique_ptr<PluginLibrary> m_library;
    const tastedrift_recommender_table_v1 *m_table = nullptr;
    void *m_instance = nullptr;
    std::string m_name;
    std::uint64_t m_runSeed = 1;
    CatalogView m_catalog;
    SlateCheck m_check;
    std::vector<tastedrift_event> m_dayEvents; ///< endDay()'s conversion buffer
};

} // namespace td::plugin
