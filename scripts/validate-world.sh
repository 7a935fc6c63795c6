#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TasteDrift authors
# SPDX-License-Identifier: MIT
#
# The world v2's claims (docs/validation.md, "Plays today, subscribers later") on a set of
# seeds, with the CLI a researcher would use: one sweep per claim, then summarize --paired.
#
#   scripts/validate-world.sh SEEDS OUTDIR [CLI]
#   scripts/validate-world.sh 1..5 /tmp/v2-train          # the seeds the defaults were chosen on
#   scripts/validate-world.sh 101..105 /tmp/v2-test       # the seeds reported in validation.md
#
# Writes OUTDIR/<claim>.sqlite and OUTDIR/<claim>-paired.csv (+ -points.csv) for each claim.
set -euo pipefail
seeds=${1:?seeds, e.g. 1..5}
out=${2:?output directory}
cli=${3:-build/app/cli/tastedrift-cli}
mkdir -p "$out"

sweep() { # NAME SCENARIO DAYS [sweep options...]
    local name=$1 scenario=$2 days=$3
    shift 3
    rm -f "$out/$name.sqlite"
    "$cli" sweep "$scenario" --days "$days" --seeds "$seeds" --db "$out/$name.sqlite" -q "$@"
}
paired() { # NAME POINT FROM TO
    "$cli" summarize "$out/$1.sqlite" --paired "$2" --from-day "$3" --to-day "$4" \
        --metrics streams,active_listeners,churned,discoveries --csv "$out/$1-window.csv"
    "$cli" summarize "$out/$1.sqlite" --paired "$2" \
        --metrics population,mean_satisfaction,mean_slow_satisfaction --csv "$out/$1-last.csv"
}

# 1. The pipeline beats most-popular on streams per active listener (days 30-59) and churn.
sweep baselines scenarios/default.json 60 --grid recommender.kind=popular,pipeline
paired baselines recommender.kind=popular 30 59

# 2. The trade-off on the default listener mix: the exploration preset as shipped
#    (epsilon_greedy, epsilon 0.1) against the same preset with the greedy policy (its
#    explore_share is already 0).
sweep exploration scenarios/exploration-pays-off.json 90 \
    --grid recommender.policy.kind=greedy,epsilon_greedy
paired exploration recommender.policy.kind=greedy 0 13

# 3. The other side: a world of listeners with little appetite for novelty.
sweep exploration-low-appetite scenarios/exploration-pays-off.json 90 \
    --set world.listeners.novelty_appetite_mean=0.2 \
    --grid recommender.policy.kind=greedy,epsilon_greedy
paired exploration-low-appetite recommender.policy.kind=greedy 0 13

echo "summaries in $out"
