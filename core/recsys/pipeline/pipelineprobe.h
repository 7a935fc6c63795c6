// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "events/diagnostics.h"
#include "recsys/pipeline/collaborativemodel.h"
#include "recsys/pipeline/evidencestore.h"

namespace td::recsys {

/// The pipeline's answers to events::ModelProbe: its collaborative model and evidence, read
/// as of the pipeline's current day. Engine thread, between days.
class PipelineProbe final : public events::ModelProbe
{
public:
    PipelineProbe(const EvidenceStore &evidence, const CollaborativeModel &model, const Day &day)
        : m_evidence(evidence), m_model(model), m_day(day)
    { }

    bool hasModel() const override { return m_model.ready(); }
    bool knowsListener(ListenerId l) const override { return m_model.userVector(l) != nullptr; }
    float predictedScore(ListenerId l, TrackId t) const override
    {
        return m_model.predictedScore(l, t);
    }
    double posteriorVariance(ListenerId l) const override
    {
        return m_model.posteriorVariance(m_evidence, l, m_day);
    }
    double selfCausedShare(Day day) const override { return m_evidence.selfCausedShare(day); }

private:
    const EvidenceStore &m_evidence;
    const CollaborativeModel &m_model;
    const Day &m_day; ///< the pipeline's current day (evidence decays to it)
};

} // namespace td::recsys
