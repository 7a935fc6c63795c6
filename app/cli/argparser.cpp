// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "argparser.h"

#include <iostream>

namespace td::cli {

void ArgParser::addValue(
    const std::string &name, const std::string &valueName, const std::string &help, bool repeatable)
{
    m_options.push_back({ name, {}, valueName, help, true, repeatable });
}

void ArgParser::addFlag(
    const std::string &name, const std::string &shortName, const std::string &help)
{
    m_options.push_back({ name, shortName, {}, help, false, false });
}

void ArgParser::addPositional(const std::string &name, const std::string &help)
{
    m_positionalSpecs.emplace_back(name, help);
}

const ArgParser::Option *ArgParser::find(const std::string &name) const
{
    for (const Option &o : m_options) {
        if (name == "--" + o.name || (!o.shortName.empty() && name == "-" + o.shortName))
            return &o;
    }
    return nullptr;
}

bool ArgParser::parse(const QStringList &args)
{
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const std::string arg = args.at(i).toStdString();
        if (!optionsEnded && arg == "--") {
            optionsEnded = true;
            continue;
        }
        if (optionsEnded || arg.empty() || arg[0] != '-' || arg == "-") {
            if (m_positionals.size() >= m_positionalSpecs.size()) {
                m_error = "unexpected argument '" + arg + "'";
                return false;
            }
            m_positionals.push_back(arg);
            continue;
        }
        if (arg == "--help" || arg == "-h") {
            m_help = true;
            return true;
        }
        const std::size_t eq = arg.find('=');
        const std::string name = arg.substr(0, eq);
        const Option *o = find(name);
        if (!o) {
            m_error = "unknown option '" + name + "'";
            return false;
        }
        if (!o->takesValue) {
            if (eq != std::string::npos) {
                m_error = "option '" + name + "' takes no value";
                return false;
            }
            m_values[o->name].push_back({});
            continue;
        }
        std::string value;
        if (eq != std::string::npos) {
            value = arg.substr(eq + 1);
        } else if (i + 1 < args.size()) {
            value = args.at(++i).toStdString();
        } else {
            m_error = "option '" + name + "' needs a value (" + o->valueName + ")";
            return false;
        }
        auto &list = m_values[o->name];
        if (!list.empty() && !o->repeatable) {
            m_error = "option '" + name + "' given twice";
            return false;
        }
        list.push_back(value);
    }
    if (m_positionals.size() < m_positionalSpecs.size()) {
        m_error = "missing " + m_positionalSpecs[m_positionals.size()].first;
        return false;
    }
    return true;
}

std::string ArgParser::value(const std::string &name) const
{
    const auto it = m_values.find(name);
    return it == m_values.end() || it->second.empty() ? std::string() : it->second.back();
}

std::vector<std::string> ArgParser::values(const std::string &name) const
{
    const auto it = m_values.find(name);
    return it == m_values.end() ? std::vector<std::string>() : it->second;
}

std::string ArgParser::helpText(const std::string &description) const
{
    std::string synopsis = "Usage: tastedrift-cli " + m_command;
    for (const auto &p : m_positionalSpecs)
        synopsis += " " + p.first;
    if (!m_options.empty())
        synopsis += " [options]";
    std::string out = synopsis + "\n\n" + description + "\n";
    // Two columns: the option at 2, its help at 24, words wrapped before column 80.
    auto line = [](const std::string &left, const std::string &help) {
        constexpr std::size_t kHelpColumn = 24, kWidth = 79;
        std::string text = "  " + left;
        text += text.size() < kHelpColumn ? std::string(kHelpColumn - text.size(), ' ')
                                          : "\n" + std::string(kHelpColumn, ' ');
        std::size_t column = kHelpColumn;
        std::size_t start = 0;
        while (start < help.size()) {
            std::size_t end = help.find(' ', start);
            if (end == std::string::npos)
                end = help.size();
            const std::string word = help.substr(start, end - start);
            if (column > kHelpColumn && column + 1 + word.size() > kWidth) {
                text += "\n" + std::string(kHelpColumn, ' ');
                column = kHelpColumn;
            } else if (column > kHelpColumn) {
                text += ' ';
                ++column;
            }
            text += word;
            column += word.size();
            start = end + 1;
        }
        return text + "\n";
    };
    if (!m_positionalSpecs.empty()) {
        out += "\nArguments:\n";
        for (const auto &p : m_positionalSpecs)
            out += line(p.first, p.second);
    }
    out += "\nOptions:\n";
    for (const Option &o : m_options) {
        std::string left = o.shortName.empty() ? "" : "-" + o.shortName + ", ";
        left += "--" + o.name + (o.takesValue ? " " + o.valueName : "");
        out += line(left, o.help);
    }
    out += line("-h, --help", "show this help");
    return out;
}

int usageError(const std::string &command, const std::string &message)
{
    std::cerr << "tastedrift-cli " << command << ": " << message << std::endl;
    return kExitUsage;
}

int runtimeError(const std::string &command, const std::string &message)
{
    std::cerr << "tastedrift-cli " << command << ": " << message << std::endl;
    return kExitFailure;
}

} // namespace td::cli
