import Foundation
import MarsadModel

/// Linear-chain CRF training for the tagger.
///
/// The model is the tagger's: per-token tag scores from the hashed feature
/// rows, tag-to-tag transition scores (plus a row from the sentence start),
/// and BIO constraints — a forbidden transition (O → I-PER) has probability
/// zero in training exactly as Viterbi never takes it in decoding. Training
/// minimizes the negative conditional log-likelihood of the gold tags plus
/// `l2 · ‖w‖² / 2` with L-BFGS, from all-zero weights over the sentences in
/// file order, so it is deterministic.
extension NERTrainer {
    func crf(_ data: Data, log: (String) -> Void) -> (weights: [Float], transitions: [Float]) {
        let tags = NERTags.count
        let objective = CRFObjective(data: data, tags: tags, l2: l2)
        var x = [Double](repeating: 0, count: objective.parameterCount)
        var optimizer = LBFGS()
        optimizer.maximumIterations = iterations
        optimizer.minimize(&x, objective.evaluate, log: log)
        let featureParameters = data.keys.count * tags
        let weights = x[0..<featureParameters].map { Float($0) }
        let transitions = x[featureParameters...].map { Float($0) }
        return (weights, transitions)
    }
}

/// The CRF's negative log-likelihood and its gradient over the training
/// data; sentences are spread over the machine's cores in fixed chunks, and
/// the chunks' gradients are summed in order, so results do not depend on
/// scheduling.
struct CRFObjective {
    let data: NERTrainer.Data
    let tags: Int
    let l2: Double
    let chunks: [Range<Int>]

    var parameterCount: Int { data.keys.count * tags + (tags + 1) * tags }
    private var transitionBase: Int { data.keys.count * tags }

    init(data: NERTrainer.Data, tags: Int, l2: Double) {
        self.data = data
        self.tags = tags
        self.l2 = l2
        // Two chunks of about equal tokens: the machines this runs on have
        // two cores or more, and more chunks cost a gradient buffer each.
        let total = data.gold.count
        var cut = 0
        while cut < data.sentences.count && data.sentences[cut].lowerBound < total / 2 { cut += 1 }
        chunks = [0..<cut, cut..<data.sentences.count]
    }

    func evaluate(_ x: [Double], _ gradient: inout [Double]) -> Double {
        let count = parameterCount
        var partial = [(loss: Double, gradient: [Double])](repeating: (0, []), count: chunks.count)
        partial.withUnsafeMutableBufferPointer { results in
            nonisolated(unsafe) let out = results
            DispatchQueue.concurrentPerform(iterations: chunks.count) { c in
                var g = [Double](repeating: 0, count: count)
                let loss = x.withUnsafeBufferPointer { xp in
                    g.withUnsafeMutableBufferPointer { gp in chunkLoss(chunks[c], xp.baseAddress!, gp.baseAddress!) }
                }
                out[c] = (loss, g)
            }
        }
        var loss = 0.0
        for i in 0..<count { gradient[i] = 0 }
        for p in partial {
            loss += p.loss
            for i in 0..<count { gradient[i] += p.gradient[i] }
        }
        for i in 0..<count {
            loss += 0.5 * l2 * x[i] * x[i]
            gradient[i] += l2 * x[i]
        }
        return loss
    }

    /// Loss of the sentences `range`, adding their gradient into `g`.
    private func chunkLoss(_ range: Range<Int>, _ x: UnsafePointer<Double>, _ g: UnsafeMutablePointer<Double>) -> Double {
        let T = tags
        let tb = transitionBase
        // exp of the transition scores, 0 where BIO forbids the move.
        var expTrans = [Double](repeating: 0, count: (T + 1) * T)
        for p in 0...T {
            for t in 0..<T where NERTags.allowed(from: p == T ? 0 : p, to: t) {
                expTrans[p * T + t] = exp(x[tb + p * T + t])
            }
        }
        let longest = data.sentences[range].map(\.count).max() ?? 0
        var psi = [Double](repeating: 0, count: longest * T)
        var alpha = [Double](repeating: 0, count: longest * T)
        var beta = [Double](repeating: 0, count: longest * T)
        var scale = [Double](repeating: 0, count: longest)
        var loss = 0.0
        let rowStart = data.rowStart, rows = data.rows, gold = data.gold
        rowStart.withUnsafeBufferPointer { rs in
        rows.withUnsafeBufferPointer { rw in
        gold.withUnsafeBufferPointer { gd in
        expTrans.withUnsafeBufferPointer { M in
        psi.withUnsafeMutableBufferPointer { psi in
        alpha.withUnsafeMutableBufferPointer { alpha in
        beta.withUnsafeMutableBufferPointer { beta in
        scale.withUnsafeMutableBufferPointer { scale in
            let start = M.baseAddress! + T * T
            for s in range {
                let sentence = data.sentences[s]
                let n = sentence.count
                guard n > 0 else { continue }
                let first = sentence.lowerBound
                // Emission scores, kept in psi, and the gold path's score.
                var goldScore = 0.0
                var logShift = 0.0
                for i in 0..<n {
                    let e = psi.baseAddress! + i * T
                    for t in 0..<T { e[t] = 0 }
                    for k in Int(rs[first + i])..<Int(rs[first + i + 1]) {
                        let w = x + Int(rw[k]) * T
                        for t in 0..<T { e[t] += w[t] }
                    }
                    let y = gd[first + i]
                    goldScore += e[y] + x[tb + (i == 0 ? T : gd[first + i - 1]) * T + y]
                    var m = e[0]
                    for t in 1..<T where e[t] > m { m = e[t] }
                    logShift += m
                    for t in 0..<T { e[t] = exp(e[t] - m) }
                }
                // Forward, scaled to sum to 1 at every token.
                var c = 0.0
                for t in 0..<T {
                    alpha[t] = start[t] * psi[t]
                    c += alpha[t]
                }
                scale[0] = c
                for t in 0..<T { alpha[t] /= c }
                if n > 1 {
                    for i in 1..<n {
                        let a0 = alpha.baseAddress! + (i - 1) * T, a1 = alpha.baseAddress! + i * T
                        c = 0
                        for t in 0..<T {
                            var sum = 0.0
                            for p in 0..<T { sum += a0[p] * M[p * T + t] }
                            a1[t] = sum * psi[i * T + t]
                            c += a1[t]
                        }
                        scale[i] = c
                        for t in 0..<T { a1[t] /= c }
                    }
                }
                var logZ = logShift
                for i in 0..<n { logZ += Foundation.log(scale[i]) }
                loss += logZ - goldScore
                // Backward, with the forward pass's scales.
                for t in 0..<T { beta[(n - 1) * T + t] = 1 }
                var i = n - 2
                while i >= 0 {
                    let b1 = beta.baseAddress! + (i + 1) * T, b0 = beta.baseAddress! + i * T
                    let p1 = psi.baseAddress! + (i + 1) * T
                    for p in 0..<T {
                        var sum = 0.0
                        for t in 0..<T { sum += M[p * T + t] * p1[t] * b1[t] }
                        b0[p] = sum / scale[i + 1]
                    }
                    i -= 1
                }
                // Expected minus observed feature counts.
                for i in 0..<n {
                    let y = gd[first + i]
                    for k in Int(rs[first + i])..<Int(rs[first + i + 1]) {
                        let gr = g + Int(rw[k]) * T
                        for t in 0..<T { gr[t] += alpha[i * T + t] * beta[i * T + t] }
                        gr[y] -= 1
                    }
                    if i == 0 {
                        for t in 0..<T { g[tb + T * T + t] += alpha[t] * beta[t] }
                        g[tb + T * T + y] -= 1
                    } else {
                        let yp = gd[first + i - 1]
                        let a0 = alpha.baseAddress! + (i - 1) * T
                        let inv = 1 / scale[i]
                        for p in 0..<T {
                            let ap = a0[p] * inv
                            if ap == 0 { continue }
                            for t in 0..<T {
                                g[tb + p * T + t] += ap * M[p * T + t] * psi[i * T + t] * beta[i * T + t]
                            }
                        }
                        g[tb + yp * T + y] -= 1
                    }
                }
            }
        }}}}}}}}
        return loss
    }
}

/// Limited-memory BFGS with a backtracking (Armijo) line search.
struct LBFGS {
    var memory = 8
    var maximumIterations = 200
    /// Stop when the objective improved by less than this fraction over
    /// the last `period` iterations.
    var tolerance = 1e-5
    var period = 10

    func minimize(_ x: inout [Double], _ f: ([Double], inout [Double]) -> Double, log: (String) -> Void) {
        let n = x.count
        var g = [Double](repeating: 0, count: n)
        var fx = f(x, &g)
        var history: [Double] = [fx]
        var s: [[Double]] = [], y: [[Double]] = [], rho: [Double] = []
        var d = g.map { -$0 }
        var xNew = x, gNew = g
        func dot(_ a: [Double], _ b: [Double]) -> Double {
            var r = 0.0
            for i in 0..<a.count { r += a[i] * b[i] }
            return r
        }
        for iteration in 1...maximumIterations {
            var slope = dot(g, d)
            if slope >= 0 {  // not a descent direction: start over from the gradient
                s.removeAll(); y.removeAll(); rho.removeAll()
                d = g.map { -$0 }
                slope = dot(g, d)
            }
            var step = s.isEmpty ? 1 / max(dot(g, g).squareRoot(), 1e-12) : 1
            var fNew = 0.0
            var tries = 0
            while true {
                for i in 0..<n { xNew[i] = x[i] + step * d[i] }
                fNew = f(xNew, &gNew)
                tries += 1
                if fNew <= fx + 1e-4 * step * slope || tries >= 30 { break }
                step *= 0.5
            }
            guard fNew <= fx else {
                log("L-BFGS: no progress at iteration \(iteration); stopping")
                break
            }
            var si = [Double](repeating: 0, count: n), yi = [Double](repeating: 0, count: n)
            for i in 0..<n {
                si[i] = xNew[i] - x[i]
                yi[i] = gNew[i] - g[i]
            }
            let ys = dot(yi, si)
            if ys > 1e-12 {
                if s.count == memory { s.removeFirst(); y.removeFirst(); rho.removeFirst() }
                s.append(si); y.append(yi); rho.append(1 / ys)
            }
            swap(&x, &xNew)
            swap(&g, &gNew)
            fx = fNew
            history.append(fx)
            if iteration % 10 == 0 || iteration == maximumIterations {
                log(String(format: "iteration %d: loss %.2f", iteration, fx))
            }
            if history.count > period {
                let old = history[history.count - 1 - period]
                if (old - fx) / max(abs(fx), 1) < tolerance {
                    log("L-BFGS converged at iteration \(iteration)")
                    break
                }
            }
            // Two-loop recursion: d = -H·g.
            var q = g
            var a = [Double](repeating: 0, count: s.count)
            for k in stride(from: s.count - 1, through: 0, by: -1) {
                a[k] = rho[k] * dot(s[k], q)
                for i in 0..<n { q[i] -= a[k] * y[k][i] }
            }
            if let last = s.indices.last {
                let gamma = dot(s[last], y[last]) / dot(y[last], y[last])
                for i in 0..<n { q[i] *= gamma }
            }
            for k in 0..<s.count {
                let b = rho[k] * dot(y[k], q)
                for i in 0..<n { q[i] += s[k][i] * (a[k] - b) }
            }
            for i in 0..<n { d[i] = -q[i] }
        }
    }
}
