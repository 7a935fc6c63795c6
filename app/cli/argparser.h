// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

#include <map>
#include <string>
#include <vector>

namespace td::cli {

/// Exit codes of every command (docs/cli.md).
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1; ///< runtime failure (simulation, writing output)
inline constexpr int kExitUsage = 2; ///< bad input: arguments, scenario, files to read
/// `replicate` only: the protocol ran and the paper's claim did not reproduce (a finding).
inline constexpr int kExitNotReproduced = 3;

/// A small command-line parser with messages that name the flag, for the sub-commands.
/// Accepts `--name value` and `--name=value`; `--` ends the options. A value may start with
/// '-' (`--threads -1` reaches validation and is rejected there with a clear message).
class ArgParser
{
public:
    explicit ArgParser(std::string command) : m_command(std::move(command)) { }

    /// An option taking a value, e.g. addValue("days", "N", "..."). `repeatable`: --set.
    void addValue(const std::string &name, const std::string &valueName, const std::string &help,
        bool repeatable = false);
    /// A flag without value, e.g. addFlag("quiet", "q", "...") (short name optional).
    void addFlag(const std::string &name, const std::string &shortName, const std::string &help);
    /// Positional arguments in order; all are required.
    void addPositional(const std::string &name, const std::string &help);

    /// Returns false with error() set (one line, no program prefix) on a bad command line.
    /// `--help`/`-h` is always known: check helpRequested() first.
    bool parse(const QStringList &args);
    const std::string &error() const { return m_error; }
    bool helpRequested() const { return m_help; }

    bool isSet(const std::string &name) const { return m_values.count(name) > 0; }
    /// Last value given (empty if none).
    std::string value(const std::string &name) const;
    std::vector<std::string> values(const std::string &name) const;
    std::string positional(std::size_t i) const
    {
        return i < m_positionals.size() ? m_positionals[i] : std::string();
    }

    /// Usage text: synopsis, `description`, positionals and options with their help.
    std::string helpText(const std::string &description) const;

private:
    struct Option
    {
        std::string name, shortName, valueName, help;
        bool takesValue = false;
        bool repeatable = false;
    };
    const Option *find(const std::string &name) const;

    std::string m_command;
    std::vector<Option> m_options;
    std::vector<std::pair<std::string, std::string>> m_positionalSpecs;
    std::map<std::string, std::vector<std::string>> m_values;
    std::vector<std::string> m_positionals;
    std::string m_error;
    bool m_help = false;
};

/// Prints `tastedrift-cli <command>: <message>` on stderr and returns kExitUsage.
int usageError(const std::string &command, const std::string &message);
/// Prints `tastedrift-cli <command>: <message>` on stderr and returns kExitFailure.
int runtimeError(const std::string &command, const std::string &message);

} // namespace td::cli
