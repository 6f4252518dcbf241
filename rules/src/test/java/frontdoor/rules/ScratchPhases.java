package frontdoor.rules;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
class ScratchPhases {
  @Test void phases() throws Exception {
    Recommender r = Recommender.compile(PolicyBundle.shipped());
    Referral ref = r.reader().read(PolicyBundleTest.REFERRAL);
    var f = frontdoor.rules.engine.PolicyEngine.class.getDeclaredField("escalations"); f.setAccessible(true);
    KieBase kb = (KieBase) f.get(getField(r, "engine"));
    for (int round = 0; round < 3; round++) {
      long t0 = System.nanoTime(); int n = 50000;
      for (int i = 0; i < n; i++) r.recommend(ref);
      long t1 = System.nanoTime();
      for (int i = 0; i < n; i++) { var s = kb.newKieSession(); s.fireAllRules(); s.dispose(); }
      long t2 = System.nanoTime();
      var pool = kb.newKieSessionsPool(4);
      for (int i = 0; i < n; i++) { var s = pool.newKieSession(); s.fireAllRules(); s.dispose(); }
      long t3 = System.nanoTime();
      System.out.printf("PHASE total %.1f us, newKieSession+fire+dispose %.1f us, pooled %.1f us%n", (t1-t0)/1e3/n, (t2-t1)/1e3/n, (t3-t2)/1e3/n);
    }
  }
  static Object getField(Object o, String n) throws Exception { var f = o.getClass().getDeclaredField(n); f.setAccessible(true); return f.get(o); }
}
